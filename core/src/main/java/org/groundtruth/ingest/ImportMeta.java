package org.groundtruth.ingest;

import java.util.Objects;

/**
 * Which file is being imported, in which format, the SHA-256 of its bytes, and who imports it (the audit log's
 * actor for the import run: "cli:OS-USER", "user:NAME", "system:demo"; "system:import" when not said).
 */
public record ImportMeta(String fileName, String format, String fileSha256, String actor) {
    public ImportMeta {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        actor = actor == null || actor.isBlank() ? "system:import" : actor;
    }

    public ImportMeta(String fileName, String format, String fileSha256) {
        this(fileName, format, fileSha256, null);
    }

    public ImportMeta by(String who) {
        return new ImportMeta(fileName, format, fileSha256, who);
    }
}
