/**
 * Evidence: files held by their SHA-256 ({@link org.groundtruth.evidence.BlobStore}), what is known of each
 * ({@link org.groundtruth.evidence.EvidenceItem}: size, type sniffed from content, capture metadata, perceptual hash)
 * and the tamper-evident chain of custody ({@link org.groundtruth.evidence.CustodyEntry}, each entry carrying the hash
 * of the one before). The ports ({@code BlobStore}, {@code EvidenceLedger}, {@code EvidenceAnalyzer}) are implemented
 * by adapters; {@link org.groundtruth.evidence.EvidenceService} composes them and does no I/O of its own.
 */
package org.groundtruth.evidence;
