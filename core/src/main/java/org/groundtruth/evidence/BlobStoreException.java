package org.groundtruth.evidence;

/** A blob store could not do what was asked (disk full, permission, missing file); the message names the file. */
public final class BlobStoreException extends RuntimeException {
    public BlobStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public BlobStoreException(String message) {
        super(message);
    }
}
