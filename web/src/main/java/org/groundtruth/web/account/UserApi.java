package org.groundtruth.web.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import org.groundtruth.account.AccountStore;
import org.groundtruth.account.ApiToken;
import org.groundtruth.account.Role;
import org.groundtruth.account.User;
import org.groundtruth.web.Access;
import org.groundtruth.web.ApiException;
import org.groundtruth.web.Json;
import org.groundtruth.web.RouteTable;
import org.groundtruth.web.WebFeature;
import org.groundtruth.web.Rule;

/**
 * Users (admins only) at /api/users, and each user's own API tokens at /api/tokens. A token is shown once, in the
 * answer that creates it; the store keeps only its digest. Asking for another user's token by id answers 404,
 * exactly as for a token that does not exist.
 */
public final class UserApi implements WebFeature {
    private final AccountStore accounts;
    private final Passwords passwords;
    private final java.time.Clock clock;

    public UserApi(AccountStore accounts, Passwords passwords, java.time.Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public String openApiPart() {
        return "/openapi/users.json";
    }

    @Override
    public void addTo(RouteTable routes) {
        routes.api(HandlerType.GET, "/api/users", Rule.ADMIN, this::list)
                .api(HandlerType.POST, "/api/users", Rule.ADMIN, this::add)
                .api(HandlerType.PATCH, "/api/users/{userId}", Rule.ADMIN, this::change)
                .api(HandlerType.GET, "/api/tokens", Rule.SIGNED_IN, this::tokens)
                .api(HandlerType.POST, "/api/tokens", Rule.SIGNED_IN, this::addToken)
                .api(HandlerType.DELETE, "/api/tokens/{tokenId}", Rule.SIGNED_IN, this::revokeToken);
    }

    static ObjectNode userJson(User u) {
        ObjectNode o = Json.object();
        o.put("id", u.id());
        o.put("name", u.name());
        o.put("role", u.role().code());
        o.put("disabled", u.disabled());
        o.put("createdAt", u.createdAt().toString());
        return o;
    }

    static ObjectNode tokenJson(ApiToken t) {
        ObjectNode o = Json.object();
        o.put("id", t.id());
        o.put("label", t.label());
        o.put("createdAt", t.createdAt().toString());
        o.put("expiresAt", t.expiresAt() == null ? null : t.expiresAt().toString());
        o.put("revokedAt", t.revokedAt() == null ? null : t.revokedAt().toString());
        o.put("lastUsedAt", t.lastUsedAt() == null ? null : t.lastUsedAt().toString());
        return o;
    }

    private void list(Context ctx) {
        ObjectNode o = Json.object();
        ArrayNode users = o.putArray("users");
        for (User u : accounts.users()) users.add(userJson(u));
        Json.ok(ctx, o);
    }

    private void add(Context ctx) {
        ObjectNode body = Json.readObject(ctx);
        refuseUnknown(body, Set.of("name", "role", "password"));
        String name = SessionApi.text(body, "name");
        Role role = role(SessionApi.text(body, "role"));
        char[] password = password(body, "password");
        try {
            User u = accounts.addUser(name, role, passwords.hash(password), Access.note(ctx));
            ctx.header("Location", "/api/users/" + u.id());
            Json.answer(ctx, 201, Json.JSON, userJson(u));
        } catch (IllegalArgumentException e) {
            throw new ApiException(409, "Conflict", "name: " + e.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private void change(Context ctx) {
        long id = id(ctx, "userId");
        User u = accounts.user(id).orElseThrow(() -> ApiException.notFound("user " + id));
        ObjectNode body = Json.readObject(ctx);
        refuseUnknown(body, Set.of("role", "disabled", "password"));
        Access.Caller me = Access.caller(ctx);
        if (body.has("role")) {
            Role role = role(SessionApi.text(body, "role"));
            if (u.id() == me.user().id() && role != Role.ADMIN) throw new ApiException(409, "Conflict", "role: you cannot take away your own admin role");
            u = accounts.changeRole(id, role, Access.note(ctx));
        }
        if (body.has("disabled")) {
            if (!body.get("disabled").isBoolean()) throw ApiException.badParameter("disabled", "must be true or false");
            boolean disabled = body.get("disabled").asBoolean();
            if (u.id() == me.user().id() && disabled) throw new ApiException(409, "Conflict", "disabled: you cannot disable yourself");
            u = accounts.setDisabled(id, disabled, Access.note(ctx));
        }
        if (body.has("password")) {
            char[] password = password(body, "password");
            try {
                u = accounts.changePassword(id, passwords.hash(password), Access.note(ctx));
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        Json.ok(ctx, userJson(u));
    }

    private void tokens(Context ctx) {
        ObjectNode o = Json.object();
        ArrayNode list = o.putArray("tokens");
        for (ApiToken t : accounts.tokens(Access.caller(ctx).user().id())) list.add(tokenJson(t));
        Json.ok(ctx, o);
    }

    private void addToken(Context ctx) {
        ObjectNode body = Json.readObject(ctx);
        refuseUnknown(body, Set.of("label", "expiresInDays"));
        String label = SessionApi.text(body, "label");
        if (label.length() > 200) throw ApiException.badParameter("label", "at most 200 characters");
        Instant expires = null;
        JsonNode days = body.get("expiresInDays");
        if (days != null && !days.isNull()) {
            if (!days.canConvertToInt() || days.asInt() < 1 || days.asInt() > 3650) throw ApiException.badParameter("expiresInDays", "a whole number of days, 1..3650");
            expires = clock.instant().plus(Duration.ofDays(days.asInt()));
        }
        String token = Secrets.newToken();
        ApiToken t = accounts.addToken(Access.caller(ctx).user().id(), label, Secrets.digest(token), expires, Access.note(ctx));
        ObjectNode o = tokenJson(t);
        o.put("token", token);
        o.put("note", "shown once: store it now; send it as 'Authorization: Bearer <token>'");
        ctx.header("Cache-Control", "no-store");
        Json.answer(ctx, 201, Json.JSON, o);
    }

    private void revokeToken(Context ctx) {
        long id = id(ctx, "tokenId");
        if (!accounts.revokeToken(Access.caller(ctx).user().id(), id, Access.note(ctx))) throw ApiException.notFound("token " + id);
        ctx.status(204);
    }

    static long id(Context ctx, String param) {
        String text = ctx.pathParam(param);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("this " + param.replace("Id", "")) /* never repeats the id sent */;
        }
    }

    private static Role role(String text) {
        return Role.parse(text).orElseThrow(() -> ApiException.badParameter("role", "not one of " + Role.codes()));
    }

    private static char[] password(ObjectNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || !n.isTextual()) throw ApiException.badParameter(field, "a text value is required");
        char[] pw = n.asText().toCharArray();
        String problem = Passwords.problem(pw);
        if (problem != null) throw ApiException.badParameter(field, problem);
        return pw;
    }

    static void refuseUnknown(ObjectNode body, Set<String> known) {
        for (String f : (Iterable<String>) body::fieldNames) {
            if (!known.contains(f)) throw ApiException.badParameter(f, "unknown field; known are " + String.join(", ", known.stream().sorted().toList()));
        }
    }
}
