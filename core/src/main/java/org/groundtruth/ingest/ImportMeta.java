package org.groundtruth.ingest;

import java.util.Objects;

/** Which file is being imported, in which format, and the SHA-256 of its bytes. */
public record ImportMeta(String fileName, String format, String fileSha256) {
    public ImportMeta {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
    }
}
