package org.groundtruth.evidence;

/**
 * A file being added to a {@link BlobStore}. Bytes are hashed as they arrive (memory stays flat whatever the size);
 * nothing is visible under a hash name until {@link #commit()} has made the whole file durable. Closing without
 * committing, or the process dying, leaves no file under a hash name.
 */
public interface BlobWriter extends AutoCloseable {

    void write(byte[] bytes, int offset, int length);

    long bytesWritten();

    /** Makes the file durable and moves it under its hash (once: the same bytes again are not stored twice). */
    StoredBlob commit();

    /** Discards the file if it was not committed. */
    @Override
    void close();
}
