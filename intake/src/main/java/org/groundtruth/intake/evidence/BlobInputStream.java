package org.groundtruth.intake.evidence;

import org.groundtruth.evidence.BlobReader;
import org.groundtruth.evidence.BlobStoreException;

import java.io.IOException;
import java.io.InputStream;

/** A stored file as an {@link InputStream}. */
public final class BlobInputStream extends InputStream {
    private final BlobReader reader;

    public BlobInputStream(BlobReader reader) {
        this.reader = reader;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        try {
            return reader.read(b, off, len);
        } catch (BlobStoreException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        reader.close();
    }
}
