package org.groundtruth.evidence;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentSkipListMap;

/** A blob store in memory, for tests of what sits on top of the port (the file store has its own tests). */
public final class InMemoryBlobStore implements BlobStore {
    private final Map<Sha256, byte[]> files = new ConcurrentSkipListMap<>();

    public StoredBlob put(byte[] bytes) {
        try (BlobWriter w = writer()) {
            w.write(bytes, 0, bytes.length);
            return w.commit();
        }
    }

    /** Changes a held file behind the store's back (for tamper tests). */
    public void overwrite(Sha256 sha256, byte[] bytes) {
        files.put(sha256, bytes.clone());
    }

    @Override
    public void remove(Sha256 sha256) {
        files.remove(sha256);
    }

    @Override
    public BlobWriter writer() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        return new BlobWriter() {
            boolean done;

            @Override
            public void write(byte[] bytes, int offset, int length) {
                buffer.write(bytes, offset, length);
            }

            @Override
            public long bytesWritten() {
                return buffer.size();
            }

            @Override
            public StoredBlob commit() {
                done = true;
                byte[] b = buffer.toByteArray();
                Sha256 sha = Sha256.ofBytes(b);
                boolean fresh = files.putIfAbsent(sha, b) == null;
                return new StoredBlob(sha, b.length, fresh);
            }

            @Override
            public void close() {
                done = true;
            }
        };
    }

    @Override
    public BlobReader reader(Sha256 sha256) {
        byte[] b = files.get(sha256);
        if (b == null) throw new NoSuchElementException("evidence file " + sha256 + " is not held");
        int[] pos = {0};
        return new BlobReader() {
            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (pos[0] >= b.length) return -1;
                int n = Math.min(length, b.length - pos[0]);
                System.arraycopy(b, pos[0], buffer, offset, n);
                pos[0] += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public boolean contains(Sha256 sha256) {
        return files.containsKey(sha256);
    }

    @Override
    public long sizeBytes(Sha256 sha256) {
        byte[] b = files.get(sha256);
        if (b == null) throw new NoSuchElementException("evidence file " + sha256 + " is not held");
        return b.length;
    }

    @Override
    public List<Sha256> list() {
        return new ArrayList<>(files.keySet());
    }

    @Override
    public String location() {
        return "memory";
    }
}
