package org.groundtruth.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.groundtruth.account.AccountStore;
import org.groundtruth.account.ApiToken;
import org.groundtruth.account.Role;
import org.groundtruth.account.Session;
import org.groundtruth.account.User;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.web.account.Secrets;

/**
 * Who is calling, and whether they may: the server runs {@link #check} before every route's handler.
 *
 * <p>A caller is identified by an {@code Authorization: Bearer} API token, or else by the session cookie
 * {@value #COOKIE}; neither makes them anonymous. A bad, expired or revoked token is refused with 401 at once
 * (a script should fail loudly); a dead session cookie is dropped and the caller treated as anonymous.
 *
 * <p>CSRF: a state-changing request (anything but GET, HEAD, OPTIONS) that authenticates with the session cookie
 * must carry the session's token in the {@value #CSRF_HEADER} header (synchronizer token), and if it has an Origin
 * header, that origin must be this server's. Token-authenticated requests need neither: browsers never add an
 * Authorization header by themselves.
 */
public final class Access {
    public static final String COOKIE = "gt_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String CALLER = "groundtruth.caller";
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** Who is calling. {@code user} null is the public; {@code session} is set when identified by the cookie. */
    public record Caller(User user, Session session, ApiToken token) {
        public static final Caller ANONYMOUS = new Caller(null, null, null);

        public Role role() {
            return user == null ? null : user.role();
        }

        public boolean anonymous() {
            return user == null;
        }

        public ChangeNote note() {
            return user == null ? ChangeNote.system("anonymous") : ChangeNote.user(user.name());
        }

        @Override
        public String toString() {
            return user == null ? "anonymous" : user.name() + " (" + user.role().code() + (token != null ? ", token " + token.id() : "") + ")";
        }
    }

    private final AccountStore accounts;
    private final Session.Policy policy;
    private final Clock clock;

    public Access(AccountStore accounts, Session.Policy policy, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.clock = clock;
    }

    public Session.Policy policy() {
        return policy;
    }

    public Clock clock() {
        return clock;
    }

    /** Identifies the caller, checks the route's rule and, for session-authenticated writes, the CSRF token. */
    public void check(Context ctx, Rule rule) {
        Caller caller = identify(ctx);
        if (!rule.admits(caller.role())) {
            if (caller.anonymous()) throw new ApiException(401, "Unauthorized", ctx.method() + " " + ctx.path() + " needs you to sign in");
            throw new ApiException(403, "Forbidden", "a " + caller.role().code() + " may not " + ctx.method() + " " + ctx.path()
                    + " (allowed: " + rule + ")");
        }
        if (caller.session() != null && changesState(ctx.method())) {
            String origin = ctx.header("Origin");
            if (origin != null && !origin.equals("null") && !sameOrigin(origin, ctx)) {
                throw new ApiException(403, "CrossOrigin", "Origin: " + origin + " is not this server; cross-site requests are refused");
            }
            if (!Secrets.same(ctx.header(CSRF_HEADER), caller.session().csrfToken())) {
                throw new ApiException(403, "CsrfTokenMissing", CSRF_HEADER + ": a change made with the session cookie needs the session's CSRF token"
                        + " (GET /api/session gives it)");
            }
        }
    }

    /** The caller of this request, identified once per request. */
    public Caller identify(Context ctx) {
        Caller known = ctx.attribute(CALLER);
        if (known != null) return known;
        Caller c = resolve(ctx);
        ctx.attribute(CALLER, c);
        return c;
    }

    /** The caller as witness protection sees them: the public without an account, else the account's role. */
    public static org.groundtruth.testimony.Audience audience(Context ctx) {
        Caller c = caller(ctx);
        return c.anonymous() ? org.groundtruth.testimony.Audience.PUBLIC : org.groundtruth.testimony.Audience.valueOf(c.role().name());
    }

    /** The caller that {@link #check} identified (anonymous for a request that did not pass through it). */
    public static Caller caller(Context ctx) {
        Caller c = ctx.attribute(CALLER);
        return c == null ? Caller.ANONYMOUS : c;
    }

    /** Which incident statuses this caller may see: the public only published ones; signed-in users all (null). */
    public static Set<IncidentStatus> visibleStatuses(Context ctx) {
        return caller(ctx).anonymous() ? EnumSet.of(IncidentStatus.PUBLISHED) : null;
    }

    /**
     * The incident named by a path parameter, if this caller may see it; otherwise a 404 worded exactly as for an
     * incident that does not exist, so that ids tell nothing. The public names incidents by their public id only
     * (decision 0740): an internal number from the public is a 404 like any unknown id, so the one sequence of all
     * incidents cannot be probed. Signed-in users may also give the internal number (what the CLI shows and takes).
     * Features whose data hang off an incident ("/api/incidents/{id}/evidence") start their handlers with this.
     */
    public static org.groundtruth.incident.Incident visibleIncident(Context ctx, org.groundtruth.incident.IncidentStore store, String pathParam) {
        return visibleIncidentNamed(ctx, store, ctx.pathParam(pathParam));
    }

    /** {@link #visibleIncident} for an id given elsewhere than in the path (a query parameter, a body field). */
    public static org.groundtruth.incident.Incident visibleIncidentNamed(Context ctx, org.groundtruth.incident.IncidentStore store, String text) {
        Optional<org.groundtruth.incident.Incident> found = internalIds(ctx) ? store.findByEitherId(text) : store.findByPublicId(text);
        return found.filter(i -> canSee(ctx, i.status()))
                .orElseThrow(() -> ApiException.notFound("this incident") /* never repeats the id sent */);
    }

    /**
     * Whether this caller is shown internal ids (incident numbers, report, response and statement numbers, import
     * ids): signed-in users are; the public never is, because each is a sequence that counts unpublished records too.
     */
    public static boolean internalIds(Context ctx) {
        return !caller(ctx).anonymous();
    }

    public static boolean canSee(Context ctx, IncidentStatus status) {
        Set<IncidentStatus> visible = visibleStatuses(ctx);
        return visible == null || visible.contains(status);
    }

    /** Who and why, for the audit log: the caller, with the reason from the X-Change-Reason header if given. */
    public static ChangeNote note(Context ctx) {
        ChangeNote n = caller(ctx).note();
        String why = ctx.header("X-Change-Reason");
        return why == null || why.isBlank() ? n : n.because(why.length() > 4000 ? why.substring(0, 4000) : why);
    }

    private Caller resolve(Context ctx) {
        Instant now = clock.instant();
        String authorization = ctx.header("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw unauthorized(ctx, "Authorization: only Bearer tokens are accepted");
            }
            String token = authorization.substring(7).strip();
            Optional<ApiToken> t = token.isEmpty() ? Optional.empty() : accounts.tokenByDigest(Secrets.digest(token));
            if (t.isEmpty()) throw unauthorized(ctx, "Authorization: this token is not known");
            if (t.get().revokedAt() != null) throw unauthorized(ctx, "Authorization: this token was revoked");
            if (!t.get().usableAt(now)) throw unauthorized(ctx, "Authorization: this token has expired");
            User user = accounts.user(t.get().userId()).filter(u -> !u.disabled())
                    .orElseThrow(() -> unauthorized(ctx, "Authorization: this token's user is disabled"));
            if (t.get().lastUsedAt() == null || t.get().lastUsedAt().plus(TOUCH_EVERY).isBefore(now)) accounts.markTokenUsed(t.get().id(), now);
            return new Caller(user, null, t.get());
        }
        String id = ctx.cookie(COOKIE);
        if (id == null || id.isBlank() || id.length() > 200) return Caller.ANONYMOUS;
        String digest = Secrets.digest(id);
        Optional<Session> s = accounts.session(digest);
        if (s.isEmpty()) {
            clearCookie(ctx);
            return Caller.ANONYMOUS;
        }
        if (!s.get().liveAt(now, policy)) {
            accounts.removeSession(digest);
            clearCookie(ctx);
            return Caller.ANONYMOUS;
        }
        Optional<User> user = accounts.user(s.get().userId()).filter(u -> !u.disabled());
        if (user.isEmpty()) {
            accounts.removeSession(digest);
            clearCookie(ctx);
            return Caller.ANONYMOUS;
        }
        if (s.get().lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) accounts.touchSession(digest, now);
        return new Caller(user.get(), s.get(), null);
    }

    /** Sets the session cookie: HttpOnly, Secure, SameSite=Strict, for the whole site, ending with the browser. */
    public static void setCookie(Context ctx, String sessionId) {
        ctx.res().setHeader("Set-Cookie", COOKIE + "=" + sessionId + "; Path=/; HttpOnly; Secure; SameSite=Strict"); // replaces a clearing one
    }

    public static void clearCookie(Context ctx) {
        ctx.res().setHeader("Set-Cookie", COOKIE + "=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0");
    }

    private static ApiException unauthorized(Context ctx, String why) {
        ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return new ApiException(401, "InvalidToken", why);
    }

    private static boolean changesState(HandlerType method) {
        return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
    }

    private static boolean sameOrigin(String origin, Context ctx) {
        String host = ctx.host();
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }
}
