package org.groundtruth.audit;

import java.util.Objects;

/**
 * A change about to be recorded: who and why ({@link ChangeNote}), what ({@code action} on {@code subject}), and the
 * subject before and after as JSON text (null where there was nothing before, or nothing is left after).
 *
 * @param action  a dotted verb: "incident.create", "incident.update", "report.add", "import.run", "user.add",
 *                "token.revoke", "review.publish", ...
 * @param subject what was changed, as "TYPE:ID" ("incident:42", "user:3", "import:7")
 */
public record AuditRecord(ChangeNote note, String action, String subject, String before, String after) {
    public AuditRecord {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        if (!action.matches("[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)+")) throw new IllegalArgumentException("action '" + action + "' is not a dotted verb");
    }
}
