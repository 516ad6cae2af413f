package org.groundtruth.evidence;

/**
 * Reads a stored file and says what it is: type from its content, capture metadata, and for images a perceptual
 * hash. Implemented by an adapter (metadata-extractor, Tika, ImageIO); a file it cannot parse still gets a type.
 */
public interface EvidenceAnalyzer {

    /** @param originalName the name the file came with, only to note what type the name claims; may be null */
    Analysis analyze(BlobStore store, Sha256 sha256, String originalName);

    /** The type of a file from its first bytes ({@link FileHead}), before it is stored; application/octet-stream if unknown. */
    String contentType(byte[] head);

    /** The type a file's name claims, or null when the name claims none. */
    String nameType(String originalName);
}
