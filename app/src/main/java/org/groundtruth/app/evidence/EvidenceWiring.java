package org.groundtruth.app.evidence;

import org.groundtruth.store.Store;
import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.UserException;
import org.groundtruth.evidence.BlobStoreException;
import org.groundtruth.evidence.BlobWriter;
import org.groundtruth.evidence.EvidenceService;
import org.groundtruth.evidence.StoredBlob;
import org.groundtruth.intake.evidence.MetadataAnalyzer;
import org.groundtruth.storage.evidence.FileBlobStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** Puts the evidence pieces together over an open store: the file store in the evidence directory, the analyzer, the service. */
public final class EvidenceWiring {
    /** Bytes read from a source at a time when storing a file. */
    public static final int READ_BUFFER_BYTES = 1 << 20;

    private EvidenceWiring() {
    }

    public static EvidenceService service(Store store, StoreOptions options) {
        try {
            return new EvidenceService(store, FileBlobStore.open(options.evidenceDir()), new MetadataAnalyzer(), Clock.systemUTC());
        } catch (BlobStoreException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    public static EvidenceService service(Store store, Path evidenceDir) {
        return new EvidenceService(store, FileBlobStore.open(evidenceDir), new MetadataAnalyzer(), Clock.systemUTC());
    }

    /** Streams a local file into the blob store (hashed as it goes, memory flat). */
    public static StoredBlob store(EvidenceService evidence, Path file) {
        try (InputStream in = Files.newInputStream(file); BlobWriter w = evidence.blobs().writer()) {
            byte[] buffer = new byte[READ_BUFFER_BYTES];
            for (int n; (n = in.readNBytes(buffer, 0, buffer.length)) > 0; ) w.write(buffer, 0, n);
            return w.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
