package org.groundtruth.web;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.groundtruth.account.Role;

/**
 * Who may call a route, carried by every {@link Route} as a value. The server checks it before the handler runs:
 * an anonymous caller outside the rule gets 401, a signed-in one whose role is outside it gets 403. Admins are
 * admitted by every rule. A route that anyone may call ({@link #PUBLIC}) must itself show the public only what is
 * published (see {@link Access#visibleStatuses}).
 *
 * <pre>{@code
 * routes.api(HandlerType.GET,  "/api/claims",      Rule.PUBLIC,                      this::list)
 *       .api(HandlerType.POST, "/api/claims",      Rule.roles(Role.INVESTIGATOR),    this::create)
 *       .api(HandlerType.GET,  "/api/claims/raw",  Rule.SIGNED_IN,                   this::raw)
 *       .api(HandlerType.GET,  "/api/witnesses",   Rule.roles(Role.INVESTIGATOR, Role.REVIEWER), this::witnesses)
 *       .api(HandlerType.POST, "/api/users",       Rule.ADMIN,                       this::addUser);
 * }</pre>
 *
 * @param anonymous true when callers without an account are admitted
 * @param roles     the roles admitted (always including {@link Role#ADMIN})
 */
public record Rule(boolean anonymous, Set<Role> roles) {
    /** Anyone, signed in or not. */
    public static final Rule PUBLIC = new Rule(true, EnumSet.allOf(Role.class));
    /** Any signed-in user, whatever the role. */
    public static final Rule SIGNED_IN = new Rule(false, EnumSet.allOf(Role.class));
    /** Admins only. */
    public static final Rule ADMIN = new Rule(false, EnumSet.of(Role.ADMIN));

    public Rule {
        Objects.requireNonNull(roles, "roles");
        EnumSet<Role> r = EnumSet.noneOf(Role.class);
        r.addAll(roles);
        r.add(Role.ADMIN);
        roles = Set.copyOf(r);
    }

    /** Signed-in users with one of these roles (and admins). */
    public static Rule roles(Role... roles) {
        EnumSet<Role> r = EnumSet.noneOf(Role.class);
        r.addAll(java.util.List.of(roles));
        return new Rule(false, r);
    }

    /** Whether a caller with this role (null: anonymous) may call the route. */
    public boolean admits(Role role) {
        return role == null ? anonymous : roles.contains(role);
    }

    /** "public", "signed-in", "admin", or the roles besides admin ("investigator|reviewer"): the OpenAPI's x-access. */
    @Override
    public String toString() {
        if (anonymous) return "public";
        if (roles.size() == Role.values().length) return "signed-in";
        if (roles.size() == 1) return "admin";
        return String.join("|", roles.stream().filter(r -> r != Role.ADMIN).sorted().map(Role::code).toList());
    }
}
