package org.groundtruth.intake.evidence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.groundtruth.evidence.BlobReader;
import org.groundtruth.evidence.BundleWriter;
import org.groundtruth.evidence.BundleWriter.ByteSink;
import org.groundtruth.evidence.CaptureMetadata;
import org.groundtruth.evidence.CustodyEntry;
import org.groundtruth.evidence.EvidenceItem;
import org.groundtruth.evidence.EvidenceService;
import org.groundtruth.evidence.SigningKey;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * Exports an incident's evidence as a zip that stands on its own:
 * <pre>
 * manifest.json              format, incident, when, by whom; per file: path, SHA-256, size, type, name, capture metadata,
 *                            perceptual hash, number of custody entries and the hash of the last one
 * custody.json               every file's chain of custody, entry by entry, with the hashes that chain them
 * manifest.sig               the Ed25519 signature of manifest.json's exact bytes by the store's signing key, and
 *                            that key's public half (decision 0610)
 * files/&lt;sha256&gt;/&lt;name&gt;     the files, byte for byte as held
 * </pre>
 * The signature covers the manifest only, and the manifest binds everything else: each file by its SHA-256, each
 * chain of custody by the hash of its last entry (which, chained, covers every entry before it) and its length.
 * An EXPORTED entry is appended to each file's chain first, so the bundle's custody log ends with this export. The
 * zip is written to a temporary file beside {@code out} and moved into place when complete.
 */
public final class EvidenceBundle {
    public static final String FORMAT = "groundtruth-evidence-bundle";
    public static final int VERSION = 1;
    public static final String MANIFEST = "manifest.json";
    public static final String CUSTODY = "custody.json";
    public static final String SIGNATURE = "manifest.sig";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvidenceBundle() {
    }

    /** What was exported. */
    public record Exported(Path file, int files, long bytes) {
    }

    public static Exported export(EvidenceService evidence, long incidentId, String by, Path out, SigningKey signer) {
        Path target = out.toAbsolutePath();
        String bundleName = target.getFileName().toString();
        List<EvidenceItem> items = itemsToExport(evidence, incidentId);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), "." + bundleName, ".part");
            long bytes;
            try (OutputStream fileOut = Files.newOutputStream(temp)) {
                bytes = write(evidence, items, incidentId, by, bundleName, fileOut, signer);
            }
            try (var ch = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new Exported(target, items.size(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bundle " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a stray .part file beside the bundle
                }
            }
        }
    }

    /** The incident's evidence; refuses an unknown incident or one without evidence before anything is written. */
    static List<EvidenceItem> itemsToExport(EvidenceService evidence, long incidentId) {
        evidence.requireIncident(incidentId);
        List<EvidenceItem> items = evidence.ledger().forIncident(incidentId);
        if (items.isEmpty()) throw new IllegalArgumentException("incident " + incidentId + " has no evidence to export");
        return items;
    }

    /**
     * Appends an EXPORTED entry to each item's chain, then writes the bundle to {@code out} (not closed); returns
     * the bytes of evidence written.
     */
    static long write(EvidenceService evidence, List<EvidenceItem> items, long incidentId, String by, String bundleName, OutputStream out,
                      SigningKey signer) throws IOException {
        java.util.Objects.requireNonNull(signer, "a bundle is always signed");
        for (EvidenceItem item : items) evidence.exported(item.id(), by, incidentId, bundleName);
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("format", FORMAT).put("version", VERSION).put("incident", evidence.publicIdOf(incidentId)) // never the internal number
                .put("exportedAt", Instant.now().toString()).put("exportedBy", by);
        ArrayNode files = manifest.putArray("files");
        ObjectNode custody = JSON.createObjectNode();
        long bytes = 0;
        for (EvidenceItem item : items) {
            List<CustodyEntry> chain = evidence.ledger().custody(item.id());
            ObjectNode f = files.addObject();
            f.put("path", pathOf(item));
            f.put("sha256", item.sha256().hex());
            f.put("sizeBytes", item.sizeBytes());
            f.put("mediaType", item.mediaType());
            f.put("originalName", item.originalName());
            f.set("capture", capture(item.capture()));
            f.put("perceptualHash", item.perceptualHash() == null ? null : item.perceptualHash().hex());
            f.put("custodyEntries", chain.size());
            f.put("custodyHead", chain.isEmpty() ? null : chain.getLast().entryHash().hex());
            ArrayNode entries = custody.putArray(item.sha256().hex());
            for (CustodyEntry e : chain) entries.add(entryJson(e));
            bytes += item.sizeBytes();
        }
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the caller closes its own stream
            }
        });
        zip.setLevel(Deflater.BEST_SPEED);
        byte[] manifestBytes = JSON.writeValueAsBytes(manifest);
        putBytes(zip, MANIFEST, manifestBytes);
        putBytes(zip, SIGNATURE, JSON.writeValueAsBytes(signature(manifestBytes, signer)));
        putBytes(zip, CUSTODY, JSON.writeValueAsBytes(custody));
        byte[] buffer = new byte[1 << 20];
        for (EvidenceItem item : items) {
            ZipArchiveEntry e = new ZipArchiveEntry(pathOf(item));
            e.setSize(item.sizeBytes());
            zip.putArchiveEntry(e);
            try (BlobReader in = evidence.blobs().reader(item.sha256())) {
                for (int n; (n = in.read(buffer, 0, buffer.length)) >= 0; ) zip.write(buffer, 0, n);
            }
            zip.closeArchiveEntry();
        }
        zip.finish();
        zip.close();
        return bytes;
    }

    /** {@code manifest.sig}: what signed, with which key, and the signature of the manifest's exact bytes. */
    static ObjectNode signature(byte[] manifestBytes, SigningKey signer) {
        ObjectNode o = JSON.createObjectNode();
        o.put("algorithm", SigningKey.ALGORITHM);
        o.put("signs", MANIFEST);
        o.put("publicKey", signer.publicKey().text());
        o.put("signature", java.util.Base64.getEncoder().encodeToString(signer.sign(manifestBytes)));
        return o;
    }

    /** The {@link BundleWriter} port over this format, for the web layer; every bundle is signed by {@code signer}. */
    public static BundleWriter writer(EvidenceService evidence, SigningKey signer) {
        java.util.Objects.requireNonNull(signer, "signer");
        return new BundleWriter() {
            @Override
            public void check(long incidentId) {
                itemsToExport(evidence, incidentId);
            }

            @Override
            public void write(long incidentId, String by, String bundleName, ByteSink sink) {
                List<EvidenceItem> items = itemsToExport(evidence, incidentId);
                try {
                    EvidenceBundle.write(evidence, items, incidentId, by, bundleName, new OutputStream() {
                        @Override
                        public void write(int b) {
                            sink.write(new byte[] {(byte) b}, 0, 1);
                        }

                        @Override
                        public void write(byte[] b, int off, int len) {
                            sink.write(b, off, len);
                        }
                    }, signer);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write the bundle of incident " + incidentId + ": " + e.getMessage(), e);
                }
            }
        };
    }

    /** {@code files/<sha256>/<name>}: the name kept readable but reduced to characters safe in any file system. */
    static String pathOf(EvidenceItem item) {
        String name = item.originalName().replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.startsWith(".")) name = "file" + name;
        if (name.length() > 120) name = name.substring(name.length() - 120);
        return "files/" + item.sha256().hex() + "/" + name;
    }

    private static void putBytes(ZipArchiveOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setSize(bytes.length);
        zip.putArchiveEntry(e);
        zip.write(bytes);
        zip.closeArchiveEntry();
    }

    static ObjectNode capture(CaptureMetadata c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("capturedAt", c.capturedAt());
        o.put("capturedAtSource", c.capturedAtSource());
        o.put("latitude", c.latitude());
        o.put("longitude", c.longitude());
        o.put("device", c.device());
        ObjectNode fields = o.putObject("fields");
        for (Map.Entry<String, String> f : c.fields().entrySet()) fields.put(f.getKey(), f.getValue());
        return o;
    }

    static ObjectNode entryJson(CustodyEntry e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("seq", e.seq());
        o.put("file", e.fileSha256().hex());
        o.put("at", e.event().at().toString());
        o.put("action", e.event().action().name());
        o.put("actor", e.event().actor());
        ObjectNode d = o.putObject("details");
        for (Map.Entry<String, String> x : e.event().details().entrySet()) d.put(x.getKey(), x.getValue());
        o.put("previousHash", e.previousHash().hex());
        o.put("entryHash", e.entryHash().hex());
        return o;
    }
}
