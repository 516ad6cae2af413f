package org.groundtruth.evidence;

import java.time.Instant;
import java.util.Objects;

/**
 * A file held as evidence.
 *
 * @param id            the ledger's id
 * @param sha256        the hash of its content (its name in the blob store)
 * @param sizeBytes     its size
 * @param mediaType     its type as sniffed from the content ("image/jpeg"), never from the name
 * @param nameMediaType the type its original name suggests, null if the name suggests none; differing from
 *                      {@code mediaType} means the name lies about the content
 * @param originalName  the file name it came with (for people; never used as a path)
 * @param addedAt       when it was first recorded
 * @param capture       what the file says about its making
 * @param perceptualHash for images, its perceptual hash; null otherwise
 */
public record EvidenceItem(long id, Sha256 sha256, long sizeBytes, String mediaType, String nameMediaType, String originalName,
                           Instant addedAt, CaptureMetadata capture, PerceptualHash perceptualHash) {
    public EvidenceItem {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(addedAt, "addedAt");
        if (sizeBytes < 0) throw new IllegalArgumentException("size " + sizeBytes + " < 0");
        originalName = originalName == null || originalName.isBlank() ? sha256.hex() : originalName;
        capture = capture == null ? CaptureMetadata.NONE : capture;
    }

    /** True when the original name suggests another type than the content has (a ".pdf" that is a PNG). */
    public boolean nameMismatch() {
        return nameMediaType != null && !nameMediaType.equals(mediaType)
                && !"application/octet-stream".equals(nameMediaType);
    }
}
