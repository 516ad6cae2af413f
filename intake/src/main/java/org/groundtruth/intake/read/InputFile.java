package org.groundtruth.intake.read;

import org.groundtruth.ingest.ImportRejectedException;
import org.groundtruth.ingest.RowProblem;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One pass over a file being imported: counts the bytes read (for progress) and hashes them (SHA-256, to
 * identify the file and to notice it changing between the hashing pass and the import pass).
 */
public final class InputFile implements AutoCloseable {
    private final Path path;
    private final String name;
    private final long sizeBytes;
    private final CountingStream counting;
    private final MessageDigest sha256;
    private boolean opened;

    private InputFile(Path path, String name) throws IOException {
        this.path = path;
        this.name = name;
        this.sizeBytes = Files.size(path);
        this.sha256 = newSha256();
        this.counting = new CountingStream(Files.newInputStream(path), sha256);
    }

    /** Opens the file; a missing or unreadable file is refused with its name. */
    public static InputFile open(Path path) {
        String name = path.toString();
        if (!Files.exists(path)) throw rejected(name, "file not found");
        if (Files.isDirectory(path)) throw rejected(name, "is a directory, not a file");
        if (!Files.isReadable(path)) throw rejected(name, "file is not readable");
        try {
            return new InputFile(path, name);
        } catch (IOException e) {
            throw rejected(name, "cannot be read: " + e.getMessage());
        }
    }

    public Path path() {
        return path;
    }

    /** The name used in every message about this file. */
    public String name() {
        return name;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public long bytesRead() {
        return counting.count;
    }

    /** SHA-256 (hex) of the bytes read so far; after a full pass, of the whole file. */
    public String sha256Hex() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) sha256.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads what a parser left unread (trailing bytes), so that {@link #sha256Hex()} covers the whole file. */
    public void readToEnd() {
        try {
            byte[] sink = new byte[1 << 16];
            while (counting.read(sink, 0, sink.length) >= 0) {
                // hashing only
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw bytes, buffered. Only one of {@link #bytes()} or {@link #text} may be called. */
    public InputStream bytes() {
        markOpened();
        return new BufferedInputStream(counting, 1 << 16);
    }

    /**
     * The content as text in the charset, refusing invalid bytes with their line and byte offset; a UTF-8
     * byte-order mark is skipped. The file is sniffed first so that binary files get a clear message.
     */
    public Reader text(Charset charset, FileSniffer.Expect expect) {
        markOpened();
        try {
            BufferedInputStream in = new BufferedInputStream(counting, 1 << 16);
            FileSniffer.check(this, in, expect);
            if (charset.equals(StandardCharsets.UTF_8)) skipBom(in);
            return new StrictTextReader(in, charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RowProblem problem(long line, String column, String message) {
        return new RowProblem(name, line, column, message);
    }

    public ImportRejectedException rejected(long line, String column, String message) {
        return new ImportRejectedException(List.of(problem(line, column, message)));
    }

    static ImportRejectedException rejected(String name, String message) {
        return new ImportRejectedException(List.of(new RowProblem(name, 0, null, message)));
    }

    private void markOpened() {
        if (opened) throw new IllegalStateException("an InputFile is read once");
        opened = true;
    }

    private static void skipBom(BufferedInputStream in) throws IOException {
        in.mark(3);
        if (in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF) return;
        in.reset();
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public void close() {
        try {
            counting.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts and hashes every byte that passes. */
    private static final class CountingStream extends FilterInputStream {
        private final MessageDigest digest;
        private long count;

        CountingStream(InputStream in, MessageDigest digest) {
            super(in);
            this.digest = digest;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
                digest.update((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
                digest.update(b, off, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] sink = new byte[8192];
            long skipped = 0;
            while (skipped < n) {
                int r = read(sink, 0, (int) Math.min(sink.length, n - skipped));
                if (r < 0) break;
                skipped += r;
            }
            return skipped;
        }
    }
}
