package org.groundtruth.storage.jdbc;

/** A database operation failed; carries what the store was doing and the driver's message. */
public class StoreException extends RuntimeException {
    public StoreException(String doing, Exception cause) {
        super(doing + ": " + cause.getMessage(), cause);
    }
}
