package org.groundtruth.web.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.groundtruth.account.AccountStore;
import org.groundtruth.account.LoginThrottle;
import org.groundtruth.account.Session;
import org.groundtruth.account.User;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.web.Access;
import org.groundtruth.web.ApiException;
import org.groundtruth.web.ClientAddress;
import org.groundtruth.web.Json;
import org.groundtruth.web.RouteTable;
import org.groundtruth.web.WebFeature;
import org.groundtruth.web.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logging in and out at /api/session. A login checks the throttle first (429 with Retry-After when an account or an
 * address has failed too often), then the password; on success any session the browser brought is ended and a new
 * one with a fresh random id is started (so a session id planted before login is worthless: session fixation).
 * Names, passwords and session ids are never logged.
 */
public final class SessionApi implements WebFeature {
    private static final Logger LOG = LoggerFactory.getLogger(SessionApi.class);
    private final AccountStore accounts;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final ClientAddress clientAddress;
    private final Access access;

    public SessionApi(AccountStore accounts, Passwords passwords, LoginThrottle throttle, ClientAddress clientAddress, Access access) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
        this.access = access;
    }

    @Override
    public String openApiPart() {
        return "/openapi/session.json";
    }

    @Override
    public java.util.List<String> uiModules() {
        return java.util.List.of("/static/features/accounts.js");
    }

    @Override
    public void addTo(RouteTable routes) {
        routes.api(HandlerType.GET, "/api/session", Rule.PUBLIC, this::current)
                .api(HandlerType.POST, "/api/session", Rule.PUBLIC, this::login)
                .api(HandlerType.DELETE, "/api/session", Rule.PUBLIC, this::logout)
                .api(HandlerType.POST, "/api/session/password", Rule.SIGNED_IN, this::changePassword);
    }

    /**
     * A user changes their own password, giving the current one (checked through the throttle like a login). Every
     * session of the user ends; a caller using the cookie gets a new session at once.
     */
    private void changePassword(Context ctx) {
        ObjectNode body = Json.readObject(ctx);
        UserApi.refuseUnknown(body, java.util.Set.of("current", "password"));
        JsonNode cur = body.get("current"), next = body.get("password");
        if (cur == null || !cur.isTextual()) throw ApiException.badParameter("current", "a text value is required");
        if (next == null || !next.isTextual()) throw ApiException.badParameter("password", "a text value is required");
        Access.Caller caller = Access.caller(ctx);
        User user = caller.user();
        Instant now = access.clock().instant();
        LoginThrottle.Allowed attempt = admit(user.name(), ctx, now);
        char[] current = cur.asText().toCharArray(), password = next.asText().toCharArray();
        try {
            if (!passwords.matches(current, user.passwordHash())) {
                throw new ApiException(403, "WrongPassword", "current: the current password is wrong");
            }
            throttle.succeeded(attempt);
            String problem = Passwords.problem(password);
            if (problem != null) throw ApiException.badParameter("password", problem);
            accounts.changePassword(user.id(), passwords.hash(password), Access.note(ctx));
            ObjectNode o = Json.object();
            o.set("user", UserApi.userJson(user));
            if (caller.session() != null) {
                String id = Secrets.random();
                Session s = new Session(Secrets.digest(id), user.id(), Secrets.random(), now, now);
                accounts.addSession(s);
                Access.setCookie(ctx, id);
                o.put("csrfToken", s.csrfToken());
            }
            Json.ok(ctx, o);
        } finally {
            Arrays.fill(current, '\0');
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Old hashes keep working after the Argon2id cost is raised; the first login after that, which is the only time
     * the password is at hand, stores a new hash at the current cost. Sessions stay; a password changed meanwhile wins.
     */
    private void upgradeHash(User user, char[] password) {
        if (!passwords.needsRehash(user.passwordHash())) return;
        boolean upgraded = accounts.upgradePasswordHash(user.id(), user.passwordHash(), passwords.hash(password),
                ChangeNote.user(user.name()).because("password hash re-made at the current Argon2id cost"));
        if (upgraded) LOG.info("password hash of a user upgraded to the current Argon2id cost");
    }

    /**
     * Lets one password be checked, or answers 429 with Retry-After. The attempt is counted as a failure from here on
     * (see {@link LoginThrottle#attempt}); the caller takes it back with {@code succeeded} when the password was right.
     */
    private LoginThrottle.Allowed admit(String name, Context ctx, Instant now) {
        return switch (throttle.attempt(name, clientAddress.of(ctx), now)) {
            case LoginThrottle.Allowed allowed -> allowed;
            case LoginThrottle.Refused refused -> {
                Duration wait = refused.retryAfter();
                long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
                ctx.header("Retry-After", Long.toString(seconds));
                LOG.warn("password check refused by the throttle after repeated failures");
                throw new ApiException(429, "TooManyAttempts", "too many failed attempts for this account or from this address; try again in "
                        + seconds + " seconds");
            }
        };
    }

    private void current(Context ctx) {
        Access.Caller c = Access.caller(ctx);
        ObjectNode o = Json.object();
        if (c.anonymous()) {
            o.putNull("user");
        } else {
            o.set("user", UserApi.userJson(c.user()));
            if (c.session() != null) o.put("csrfToken", c.session().csrfToken());
        }
        Json.ok(ctx, o);
    }

    private void login(Context ctx) {
        ObjectNode body = Json.readObject(ctx);
        String name = text(body, "name");
        JsonNode pw = body.get("password");
        if (pw == null || !pw.isTextual()) throw ApiException.badParameter("password", "a text value is required");
        Instant now = access.clock().instant();
        LoginThrottle.Allowed attempt = admit(name, ctx, now);
        char[] password = pw.asText().toCharArray();
        try {
            Optional<User> user = accounts.user(name);
            boolean ok;
            if (user.isEmpty() || user.get().disabled()) {
                passwords.burn(password);
                ok = false;
            } else {
                ok = passwords.matches(password, user.get().passwordHash());
            }
            if (!ok) throw new ApiException(401, "LoginFailed", "the name or the password is wrong"); // the attempt stays counted
            throttle.succeeded(attempt);
            upgradeHash(user.get(), password);
            accounts.removeExpiredSessions(now.minus(access.policy().idle()), now.minus(access.policy().absolute()));
            String old = ctx.cookie(Access.COOKIE);
            if (old != null && !old.isBlank() && old.length() <= 200) accounts.removeSession(Secrets.digest(old));
            String id = Secrets.random();
            Session s = new Session(Secrets.digest(id), user.get().id(), Secrets.random(), now, now);
            accounts.addSession(s);
            Access.setCookie(ctx, id);
            ObjectNode o = Json.object();
            o.set("user", UserApi.userJson(user.get()));
            o.put("csrfToken", s.csrfToken());
            Json.ok(ctx, o);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private void logout(Context ctx) {
        String id = ctx.cookie(Access.COOKIE);
        if (id != null && !id.isBlank() && id.length() <= 200) accounts.removeSession(Secrets.digest(id));
        Access.clearCookie(ctx);
        ctx.status(204);
    }

    static String text(ObjectNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) throw ApiException.badParameter(field, "a text value is required");
        return n.asText().strip();
    }
}
