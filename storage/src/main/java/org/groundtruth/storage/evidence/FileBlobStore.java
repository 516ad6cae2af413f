package org.groundtruth.storage.evidence;

import org.groundtruth.evidence.BlobReader;
import org.groundtruth.evidence.BlobStore;
import org.groundtruth.evidence.BlobStoreException;
import org.groundtruth.evidence.BlobWriter;
import org.groundtruth.evidence.Sha256;
import org.groundtruth.evidence.StoredBlob;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import org.groundtruth.storage.files.OwnerOnly;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The embedded blob store: files in a directory, named by their SHA-256 ({@code sha256/ab/cdef...}: two hex digits,
 * then the other 62). A new file is written to {@code tmp/} under the same root (same file system), hashed as the
 * bytes arrive, fsynced, made read-only and moved into place atomically, then the directory is fsynced: a killed
 * process leaves at most a stray file in {@code tmp/}, never a half file under a hash name.
 *
 * <p>Writing overlaps hashing: the caller's thread hashes and copies into one of a few fixed buffers, a writer thread
 * writes them out and flushes to disk every {@value #FLUSH_EVERY_BYTES} bytes, so the disk works while the next
 * bytes are hashed and the final fsync has little left to do. Memory stays at {@value #BUFFERS} buffers of
 * {@value #BUFFER_BYTES} bytes whatever the size of the file.
 */
public final class FileBlobStore implements BlobStore {
    static final int BUFFER_BYTES = 1 << 20;
    static final int BUFFERS = 8;
    static final long FLUSH_EVERY_BYTES = 64L << 20;
    private static final Duration STALE_TEMP = Duration.ofDays(1);

    private final Path root;
    private final Path objects;
    private final Path tmp;

    private FileBlobStore(Path root) {
        this.root = root;
        this.objects = root.resolve("sha256");
        this.tmp = root.resolve("tmp");
    }

    /** Opens (creating if needed) the store in {@code dir}, and removes temporary files a killed process left a day ago or more. */
    public static FileBlobStore open(Path dir) {
        FileBlobStore store = new FileBlobStore(dir.toAbsolutePath().normalize());
        try {
            // owner-only (decision 0611); a directory from before that rule has its files tightened once
            if (OwnerOnly.directory(store.root)) OwnerOnly.tree(store.root);
            OwnerOnly.directory(store.objects);
            OwnerOnly.directory(store.tmp);
            Instant stale = Instant.now().minus(STALE_TEMP);
            try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(store.tmp, "*.part")) {
                for (Path p : leftovers) {
                    if (Files.getLastModifiedTime(p).compareTo(FileTime.from(stale)) < 0) Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new BlobStoreException("cannot open the evidence directory " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        return store;
    }

    public Path root() {
        return root;
    }

    /** Where the file of {@code sha256} lives (whether or not it is held). */
    public Path pathOf(Sha256 sha256) {
        return objects.resolve(sha256.hex().substring(0, 2)).resolve(sha256.hex().substring(2));
    }

    @Override
    public String location() {
        return root.toString();
    }

    @Override
    public BlobWriter writer() {
        Path temp = tmp.resolve("upload-" + UUID.randomUUID() + ".part");
        try {
            return new FileBlobWriter(temp);
        } catch (IOException e) {
            throw new BlobStoreException("cannot create a file in " + tmp + ": " + e.getMessage(), e);
        }
    }

    @Override
    public BlobReader reader(Sha256 sha256) {
        Path p = pathOf(sha256);
        InputStream in;
        try {
            in = Files.newInputStream(p);
        } catch (NoSuchFileException e) {
            throw new NoSuchElementException("evidence file " + sha256 + " is not held in " + root);
        } catch (IOException e) {
            throw new BlobStoreException("cannot read " + p + ": " + e.getMessage(), e);
        }
        return new BlobReader() {
            @Override
            public int read(byte[] buffer, int offset, int length) {
                try {
                    return in.read(buffer, offset, length);
                } catch (IOException e) {
                    throw new BlobStoreException("cannot read " + p + ": " + e.getMessage(), e);
                }
            }

            @Override
            public void close() {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // nothing was written
                }
            }
        };
    }

    @Override
    public void remove(Sha256 sha256) {
        Path p = pathOf(sha256);
        try {
            Files.deleteIfExists(p);
            fsyncDirectory(p.getParent());
        } catch (IOException e) {
            throw new BlobStoreException("cannot remove the unrecorded file " + p + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean contains(Sha256 sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    @Override
    public long sizeBytes(Sha256 sha256) {
        try {
            return Files.size(pathOf(sha256));
        } catch (NoSuchFileException e) {
            throw new NoSuchElementException("evidence file " + sha256 + " is not held in " + root);
        } catch (IOException e) {
            throw new BlobStoreException("cannot read the size of " + pathOf(sha256) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<Sha256> list() {
        List<Sha256> all = new ArrayList<>();
        try (DirectoryStream<Path> prefixes = Files.newDirectoryStream(objects)) {
            for (Path prefix : prefixes) {
                if (!Files.isDirectory(prefix)) continue;
                try (DirectoryStream<Path> files = Files.newDirectoryStream(prefix)) {
                    for (Path f : files) {
                        String hex = prefix.getFileName().toString() + f.getFileName();
                        try {
                            all.add(new Sha256(hex));
                        } catch (IllegalArgumentException notOurs) {
                            // a file someone put here by hand: not a held file
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new BlobStoreException("cannot list " + objects + ": " + e.getMessage(), e);
        }
        all.sort(null);
        return all;
    }

    private static void fsyncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
            // some file systems cannot fsync a directory; the file itself is durable
        }
    }

    /** One file being written: hashing on the caller's thread, writing and flushing on a writer thread. */
    private final class FileBlobWriter implements BlobWriter {
        private static final ByteBuffer END = ByteBuffer.allocate(0);

        private final Path temp;
        private final FileChannel channel;
        private final MessageDigest digest = Sha256.newDigest();
        private final BlockingQueue<ByteBuffer> free = new ArrayBlockingQueue<>(BUFFERS);
        private final BlockingQueue<ByteBuffer> full = new ArrayBlockingQueue<>(BUFFERS + 1);
        private final Thread writerThread;
        private volatile Throwable failure;
        private ByteBuffer current;
        private long written;
        private boolean finished;

        FileBlobWriter(Path temp) throws IOException {
            this.temp = temp;
            this.channel = FileChannel.open(temp, java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), OwnerOnly.attributes(OwnerOnly.FILE));
            for (int i = 0; i < BUFFERS; i++) free.add(ByteBuffer.allocateDirect(BUFFER_BYTES));
            this.writerThread = Thread.ofPlatform().daemon().name("blob-writer").start(this::drain);
        }

        private void drain() {
            long sinceFlush = 0;
            try {
                while (true) {
                    ByteBuffer b = full.take();
                    if (b == END) return;
                    if (failure == null) {
                        while (b.hasRemaining()) sinceFlush += channel.write(b);
                        if (sinceFlush >= FLUSH_EVERY_BYTES) {
                            channel.force(false);
                            sinceFlush = 0;
                        }
                    }
                    b.clear();
                    free.add(b);
                }
            } catch (Throwable t) {
                failure = t;
                // keep handing buffers back so the producer never blocks on a dead writer
                for (ByteBuffer b; ; ) {
                    try {
                        b = full.take();
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (b == END) return;
                    b.clear();
                    free.add(b);
                }
            }
        }

        private void checkFailure() {
            Throwable t = failure;
            if (t != null) throw new BlobStoreException("cannot write " + temp + ": " + t.getMessage(), t);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (finished) throw new IllegalStateException("this file is committed or closed already");
            java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
            checkFailure();
            digest.update(bytes, offset, length);
            written += length;
            while (length > 0) {
                if (current == null) current = takeFree();
                int n = Math.min(length, current.remaining());
                current.put(bytes, offset, n);
                offset += n;
                length -= n;
                if (!current.hasRemaining()) hand(current);
            }
        }

        private ByteBuffer takeFree() {
            try {
                return free.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BlobStoreException("interrupted while writing " + temp, e);
            }
        }

        private void hand(ByteBuffer b) {
            b.flip();
            full.add(b);
            current = null;
        }

        private void stopWriter() {
            if (current != null && current.position() > 0) hand(current);
            current = null;
            full.add(END);
            try {
                writerThread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BlobStoreException("interrupted while writing " + temp, e);
            }
        }

        @Override
        public long bytesWritten() {
            return written;
        }

        @Override
        public StoredBlob commit() {
            if (finished) throw new IllegalStateException("this file is committed or closed already");
            finished = true;
            try {
                stopWriter();
                checkFailure();
                channel.force(true);
                channel.close();
                Sha256 sha = Sha256.of(digest.digest());
                Path target = pathOf(sha);
                if (Files.isRegularFile(target)) {
                    Files.deleteIfExists(temp);
                    return new StoredBlob(sha, written, false);
                }
                OwnerOnly.directory(target.getParent());
                try {
                    Files.setPosixFilePermissions(temp, OwnerOnly.READ_ONLY_FILE);
                } catch (UnsupportedOperationException notPosix) {
                    temp.toFile().setReadOnly();
                }
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException raced) {
                    Files.deleteIfExists(temp);
                    return new StoredBlob(sha, written, false);
                } catch (AtomicMoveNotSupportedException e) {
                    throw new BlobStoreException("the evidence directory " + root + " cannot move files atomically", e);
                }
                fsyncDirectory(target.getParent());
                return new StoredBlob(sha, written, true);
            } catch (IOException e) {
                discard();
                throw new BlobStoreException("cannot store " + temp + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                discard();
                throw e;
            }
        }

        private void discard() {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing a file we are deleting
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // left in tmp/, removed at a later open
            }
        }

        @Override
        public void close() {
            if (finished) return;
            finished = true;
            try {
                stopWriter();
            } finally {
                discard();
            }
        }
    }
}
