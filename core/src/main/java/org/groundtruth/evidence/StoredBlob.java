package org.groundtruth.evidence;

import java.util.Objects;

/**
 * A file held by a {@link BlobStore}.
 *
 * @param newlyStored false when the same bytes were held already (nothing was written)
 */
public record StoredBlob(Sha256 sha256, long sizeBytes, boolean newlyStored) {
    public StoredBlob {
        Objects.requireNonNull(sha256, "sha256");
        if (sizeBytes < 0) throw new IllegalArgumentException("size " + sizeBytes + " < 0");
    }
}
