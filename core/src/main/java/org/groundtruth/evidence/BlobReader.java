package org.groundtruth.evidence;

/** Reads a stored file from the start; {@code read} returns -1 at the end. */
public interface BlobReader extends AutoCloseable {

    int read(byte[] buffer, int offset, int length);

    @Override
    void close();
}
