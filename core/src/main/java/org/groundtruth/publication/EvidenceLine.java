package org.groundtruth.publication;

import org.groundtruth.evidence.CustodyChain;
import org.groundtruth.evidence.CustodyEntry;
import org.groundtruth.evidence.EvidenceItem;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * An evidence item as a report lists it: its SHA-256, type, size, when it was recorded and whether its chain of
 * custody is intact. Never its file name, which may carry a witness's or a place's name.
 */
public record EvidenceLine(String sha256, String mediaType, long sizeBytes, LocalDate recordedOn, int custodyEntries,
                           boolean custodyIntact) {
    public EvidenceLine {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
    }

    public static EvidenceLine of(EvidenceItem item, List<CustodyEntry> custody) {
        boolean intact = CustodyChain.verify(item.sha256(), custody).isEmpty();
        return new EvidenceLine(item.sha256().hex(), item.mediaType(), item.sizeBytes(),
                item.addedAt().atOffset(ZoneOffset.UTC).toLocalDate(), custody.size(), intact);
    }
}
