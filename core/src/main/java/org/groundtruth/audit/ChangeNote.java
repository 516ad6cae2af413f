package org.groundtruth.audit;

import java.util.Objects;

/**
 * Who is making a change and why, handed to every write that the audit log records.
 *
 * @param actor  "user:NAME" for a person signed in (session or token), "cli:NAME" for a command run on the server's
 *               machine, "system:WHAT" for the application itself (an import, the demo)
 * @param reason free text, may be null
 */
public record ChangeNote(String actor, String reason) {
    public ChangeNote {
        Objects.requireNonNull(actor, "actor");
        if (actor.isBlank() || actor.length() > 200) throw new IllegalArgumentException("actor must be 1..200 characters");
        if (reason != null && reason.isBlank()) reason = null;
        if (reason != null && reason.length() > 4000) throw new IllegalArgumentException("reason is longer than 4000 characters");
    }

    public static ChangeNote user(String name) {
        return new ChangeNote("user:" + name, null);
    }

    public static ChangeNote system(String what) {
        return new ChangeNote("system:" + what, null);
    }

    public ChangeNote because(String why) {
        return new ChangeNote(actor, why);
    }
}
