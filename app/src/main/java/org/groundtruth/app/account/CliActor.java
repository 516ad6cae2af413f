package org.groundtruth.app.account;

import org.groundtruth.audit.ChangeNote;

/** Who a command run on the server's machine acts as in the audit log: "cli:" and the operating-system user. */
final class CliActor {
    private CliActor() {
    }

    static ChangeNote note(String reason) {
        String user = System.getProperty("user.name", "unknown");
        String safe = user.replaceAll("[^\\p{L}\\p{N}._@-]", "_");
        return new ChangeNote("cli:" + (safe.isEmpty() ? "unknown" : safe), reason);
    }
}
