package org.groundtruth.evidence;

/** Another held image that looks the same: its perceptual hash is {@code distanceBits} of 64 bits away. */
public record NearDuplicate(long evidenceId, Sha256 sha256, String originalName, int distanceBits) {
}
