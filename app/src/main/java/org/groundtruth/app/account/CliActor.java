package org.groundtruth.app.account;

import org.groundtruth.audit.ChangeNote;

/** Who a command run on the server's machine acts as in the audit log: "cli:" and the operating-system user. */
public final class CliActor {
    private CliActor() {
    }

    static ChangeNote note(String reason) {
        return new ChangeNote(actor(), reason);
    }

    /** "cli:" and the operating-system user, with anything but letters, digits and ._@- replaced. */
    public static String actor() {
        String user = System.getProperty("user.name", "unknown");
        String safe = user.replaceAll("[^\\p{L}\\p{N}._@-]", "_");
        return "cli:" + (safe.isEmpty() ? "unknown" : safe);
    }
}
