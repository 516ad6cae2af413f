package org.groundtruth.evidence;

import java.util.List;

/**
 * Files held once, by the SHA-256 of their content, never modified once stored. The embedded store keeps them in a
 * directory ({@code sha256/ab/cdef...}); an S3-compatible store can implement the same port.
 */
public interface BlobStore {

    /** Starts a new file. */
    BlobWriter writer();

    /** Opens a stored file; {@link java.util.NoSuchElementException} if it is not held. */
    BlobReader reader(Sha256 sha256);

    boolean contains(Sha256 sha256);

    /** The stored size in bytes; {@link java.util.NoSuchElementException} if it is not held. */
    long sizeBytes(Sha256 sha256);

    /**
     * Removes a file that was stored but never recorded (its recording was refused or failed). Only for that: a
     * recorded file is never modified or removed.
     */
    void remove(Sha256 sha256);

    /** Every file held, in hash order. */
    List<Sha256> list();

    /** Where the files are, for people ("/srv/groundtruth/evidence", "s3://bucket/prefix"). */
    String location();

    /** Reads a stored file through and hashes it again: what its content hashes to now. */
    default Sha256 rehash(Sha256 sha256) {
        java.security.MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[1 << 20];
        try (BlobReader in = reader(sha256)) {
            for (int n; (n = in.read(buffer, 0, buffer.length)) >= 0; ) digest.update(buffer, 0, n);
        }
        return Sha256.of(digest.digest());
    }
}
