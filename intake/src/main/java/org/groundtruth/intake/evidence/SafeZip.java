package org.groundtruth.intake.evidence;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a zip that came from anywhere without trusting it (commons-compress over the central directory). Refused
 * before a byte is inflated: more than {@link Limits#maxEntries()} entries, declared sizes adding up past
 * {@link Limits#maxTotalBytes()}, a name that could escape a folder (absolute, a drive letter, backslashes, a
 * {@code ..} or empty segment, control characters), the same name twice, symbolic links. Refused while reading: an
 * entry inflating to more than it declared, or past the total, or beyond {@link Limits#maxRatio()} times its
 * compressed size (once past 1 MiB). Nothing is ever written to disk.
 */
public final class SafeZip implements AutoCloseable {

    /** How much a zip may hold. */
    public record Limits(int maxEntries, long maxTotalBytes, int maxRatio) {
        public static final Limits DEFAULT = new Limits(10_000, 64L << 30, 100);
    }

    static final long RATIO_FLOOR_BYTES = 1 << 20;

    private final Path file;
    private final ZipFile zip;
    private final Limits limits;
    private final List<ZipArchiveEntry> entries;
    private long inflatedTotal;

    private SafeZip(Path file, ZipFile zip, Limits limits, List<ZipArchiveEntry> entries) {
        this.file = file;
        this.zip = zip;
        this.limits = limits;
        this.entries = entries;
    }

    public static SafeZip open(Path file, Limits limits) {
        ZipFile zip;
        try {
            zip = ZipFile.builder().setPath(file).get();
        } catch (IOException e) {
            throw new BundleRefusedException(file + " is not a readable zip: " + e.getMessage(), e);
        }
        try {
            List<ZipArchiveEntry> entries = new ArrayList<>();
            Set<String> names = new HashSet<>();
            long declared = 0;
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                if (entries.size() >= limits.maxEntries()) {
                    throw new BundleRefusedException(file + " has more than " + limits.maxEntries() + " entries; refused as a possible zip bomb");
                }
                String problem = unsafeName(e.getName());
                if (problem != null) throw new BundleRefusedException(file + ": entry '" + printable(e.getName()) + "' " + problem + "; refused (path traversal)");
                if (e.isUnixSymlink()) throw new BundleRefusedException(file + ": entry '" + printable(e.getName()) + "' is a symbolic link; refused");
                if (!names.add(e.getName())) throw new BundleRefusedException(file + ": entry '" + printable(e.getName()) + "' appears twice; refused");
                if (e.getSize() > 0) declared += e.getSize();
                if (declared > limits.maxTotalBytes()) {
                    throw new BundleRefusedException(file + " declares more than " + limits.maxTotalBytes() + " bytes uncompressed; refused as a possible zip bomb");
                }
                entries.add(e);
            }
            return new SafeZip(file, zip, limits, List.copyOf(entries));
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    /** Why a name is unsafe to use as a path inside a folder, or null if it is safe. */
    static String unsafeName(String name) {
        if (name == null || name.isEmpty()) return "has no name";
        if (name.length() > 1024) return "has a name longer than 1024 characters";
        if (name.startsWith("/")) return "is an absolute path";
        if (name.contains("\\")) return "contains a backslash";
        if (name.matches("^[A-Za-z]:.*")) return "starts with a drive letter";
        for (int i = 0; i < name.length(); i++) if (Character.isISOControl(name.charAt(i))) return "contains a control character";
        String body = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String segment : body.split("/", -1)) {
            if (segment.equals("..")) return "climbs out of the bundle with '..'";
            if (segment.isEmpty() || segment.equals(".")) return "has an empty or '.' path segment";
        }
        return null;
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(200).forEach(cp -> {
            if (Character.isISOControl(cp)) b.append(String.format("\\u%04x", cp));
            else b.appendCodePoint(cp);
        });
        return b.toString();
    }

    public List<ZipArchiveEntry> entries() {
        return entries;
    }

    /** The entry's bytes, with the size and ratio limits enforced as they are read. */
    public InputStream open(ZipArchiveEntry entry) {
        InputStream in;
        try {
            in = zip.getInputStream(entry);
        } catch (IOException e) {
            throw new BundleRefusedException(file + ": entry '" + printable(entry.getName()) + "' cannot be read: " + e.getMessage(), e);
        }
        if (in == null) throw new BundleRefusedException(file + ": entry '" + printable(entry.getName()) + "' uses an unsupported compression");
        return new Limited(in, entry);
    }

    /** Reads a small entry (a manifest) whole, refusing it past {@code maxBytes}. */
    public byte[] readSmall(ZipArchiveEntry entry, int maxBytes) {
        try (InputStream in = open(entry)) {
            byte[] b = in.readNBytes(maxBytes + 1);
            if (b.length > maxBytes) throw new BundleRefusedException(file + ": entry '" + entry.getName() + "' is larger than " + maxBytes + " bytes; refused");
            return b;
        } catch (IOException e) {
            throw new BundleRefusedException(file + ": entry '" + entry.getName() + "' cannot be read: " + e.getMessage(), e);
        }
    }

    private final class Limited extends InputStream {
        private final InputStream in;
        private final ZipArchiveEntry entry;
        private long count;

        Limited(InputStream in, ZipArchiveEntry entry) {
            this.in = in;
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n < 0) {
                if (entry.getSize() >= 0 && count != entry.getSize()) {
                    throw new BundleRefusedException(file + ": entry '" + printable(entry.getName()) + "' holds " + count + " bytes but declares " + entry.getSize() + "; refused");
                }
                return n;
            }
            count += n;
            inflatedTotal += n;
            String name = printable(entry.getName());
            if (entry.getSize() >= 0 && count > entry.getSize()) {
                throw new BundleRefusedException(file + ": entry '" + name + "' inflates past its declared size of " + entry.getSize() + " bytes; refused as a possible zip bomb");
            }
            if (inflatedTotal > limits.maxTotalBytes()) {
                throw new BundleRefusedException(file + " inflates past " + limits.maxTotalBytes() + " bytes; refused as a possible zip bomb");
            }
            long compressed = entry.getCompressedSize();
            if (count > RATIO_FLOOR_BYTES && compressed >= 0 && count > (long) limits.maxRatio() * Math.max(1, compressed)) {
                throw new BundleRefusedException(file + ": entry '" + name + "' inflates more than " + limits.maxRatio() + " times its compressed size; refused as a possible zip bomb");
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // refusing anyway
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }
}
