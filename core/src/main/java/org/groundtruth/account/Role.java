package org.groundtruth.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a signed-in user may do. Roles are not a ladder: each route names the roles it admits (admins are admitted
 * everywhere). The public (no account) is not a role; it sees published incidents only.
 * <ul>
 * <li>{@link #VIEWER} reads everything held, published or not, but changes nothing;</li>
 * <li>{@link #INVESTIGATOR} also creates and corrects incidents, imports, and sends drafts to review;</li>
 * <li>{@link #REVIEWER} reads and signs off: publishes, sends back, retracts;</li>
 * <li>{@link #ADMIN} does all of that and manages users, tokens and the audit log.</li>
 * </ul>
 */
public enum Role {
    ADMIN, INVESTIGATOR, REVIEWER, VIEWER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(t)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Role::code).toList());
    }
}
