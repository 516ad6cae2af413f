package org.groundtruth.evidence;

import org.groundtruth.incident.IncidentStore;
import org.groundtruth.store.Store;
import org.groundtruth.testimony.TestimonyLedger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * Evidence as the CLI and the API use it: record a stored file (analyse it, open its chain of custody, link it to an
 * incident), flag near-duplicates, append access, export and verification entries, and verify everything held.
 * Composes the ports; does no I/O of its own.
 */
public final class EvidenceService {
    private final IncidentStore incidents;
    private final EvidenceLedger ledger;
    private final TestimonyLedger testimony;
    private final BlobStore blobs;
    private final EvidenceAnalyzer analyzer;
    private final Clock clock;

    public EvidenceService(Store store, BlobStore blobs, EvidenceAnalyzer analyzer, Clock clock) {
        this.incidents = store.incidents();
        this.ledger = store.port(EvidenceLedger.PORT);
        this.testimony = store.port(TestimonyLedger.PORT);
        this.blobs = blobs;
        this.analyzer = analyzer;
        this.clock = clock;
    }

    public BlobStore blobs() {
        return blobs;
    }

    public EvidenceLedger ledger() {
        return ledger;
    }

    /** The result of adding a file. */
    public record Added(EvidenceItem item, boolean alreadyHeld, List<NearDuplicate> nearDuplicates) {
    }

    /** Fails with a clear message, before any byte is stored, when the incident to link to does not exist. */
    public void requireIncident(long incidentId) {
        if (incidents.find(incidentId).isEmpty()) throw new NoSuchElementException("incident " + incidentId + " does not exist");
    }

    /** The internal id of the incident named by its public id or its internal number (signed-in users, the CLI). */
    public long incidentNamed(String text) {
        return incidents.findByEitherId(text).orElseThrow(() -> new NoSuchElementException("incident " + text + " does not exist")).id();
    }

    /**
     * How custody entries and bundles name an incident: by its public id (decision 0740), because bundles leave the
     * system and an internal number tells how many incidents, drafts included, existed before it.
     */
    public String publicIdOf(long incidentId) {
        return incidents.find(incidentId).orElseThrow(() -> new NoSuchElementException("incident " + incidentId + " does not exist")).publicId();
    }

    /**
     * Fails, before any byte is stored, when the acquisition names a person who is not the pseudonym of a recorded
     * witness. The custody log can never be changed and goes into every bundle, so a real name typed there could
     * never be taken back; identities belong in testimony, sealed. The message does not repeat what was typed.
     */
    public void requireWitnessPseudonym(Acquisition acquisition) {
        String person = acquisition.person();
        if (person == null || person.isBlank()) return;
        if (!testimony.hasPseudonym(person.strip())) {
            throw new IllegalArgumentException("the person a file came from must be the pseudonym of a witness whose"
                    + " statement is recorded (testimony add), never a name: the custody log cannot be changed and goes"
                    + " into evidence bundles");
        }
    }

    /**
     * Fails, before the file is committed, when its first bytes contradict the type its name claims ({@link TypeClaims}):
     * a file disguised as another kind is refused unless the person adding it says the name is wrong on purpose (a
     * witness renaming a video to get it past a checkpoint), in which case it is kept, typed by its content and
     * flagged. The message names the file and both types.
     */
    public void requireHonestType(String originalName, byte[] head) {
        String name = EvidenceNames.clean(originalName);
        TypeClaims.contradiction(analyzer.nameType(name), analyzer.contentType(head)).ifPresent(why -> {
            throw new TypeMismatchException(name + ": " + why);
        });
    }

    /**
     * Records a file just stored in the blob store: analyses it, writes its record and ACQUIRED entry (or, for bytes
     * held already, a further ACQUIRED entry), links it to {@code incidentId} if given, and finds near-duplicates.
     */
    public Added add(StoredBlob blob, String originalName, Acquisition acquisition, Long incidentId) {
        try {
            return record(blob, originalName, acquisition, incidentId);
        } catch (RuntimeException refused) {
            forgetUnrecorded(blob, refused);
            throw refused;
        }
    }

    /**
     * A file stored by this call whose recording then failed is removed again, unless some record names its bytes
     * (another request may have recorded the same bytes meanwhile): a refusal must leave nothing behind, and a file
     * held without a record is what {@code verify} reports as a process stopped midway.
     */
    private void forgetUnrecorded(StoredBlob blob, RuntimeException cause) {
        if (!blob.newlyStored()) return;
        try {
            if (ledger.find(blob.sha256()).isEmpty()) blobs.remove(blob.sha256());
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private Added record(StoredBlob blob, String originalName, Acquisition acquisition, Long incidentId) {
        if (incidentId != null) requireIncident(incidentId);
        requireWitnessPseudonym(acquisition);
        EvidenceLedger ledger = ledger();
        String name = EvidenceNames.clean(originalName);
        Map<String, String> details = new LinkedHashMap<>(acquisition.details());
        details.put("originalName", name);
        details.put("sizeBytes", Long.toString(blob.sizeBytes()));
        CustodyEvent acquired = CustodyEvent.of(CustodyAction.ACQUIRED, acquisition.by(), clock.instant(), details);
        Optional<EvidenceItem> held = ledger.find(blob.sha256());
        Recorded recorded;
        if (held.isPresent()) {
            ledger.append(held.get().id(), acquired); // the same bytes again: one more acquisition on their chain
            recorded = new Recorded(held.get(), true);
        } else {
            // record() appends the acquisition itself, also when another request recorded the same bytes meanwhile
            recorded = ledger.record(new NewEvidence(blob, name, analyzer.analyze(blobs, blob.sha256(), name), clock.instant()), acquired);
        }
        if (incidentId != null) link(recorded.item().id(), incidentId, acquisition.by());
        return new Added(recorded.item(), recorded.alreadyHeld(), nearDuplicates(recorded.item()));
    }

    /** Links an item to an incident (a LINKED custody entry); false if it was linked already. */
    public boolean link(long evidenceId, long incidentId, String by) {
        requireIncident(incidentId);
        return ledger().link(evidenceId, incidentId,
                CustodyEvent.of(CustodyAction.LINKED, by, clock.instant(), Map.of("incident", publicIdOf(incidentId))));
    }

    public EvidenceItem item(long evidenceId) {
        return ledger().find(evidenceId).orElseThrow(() -> new NoSuchElementException("evidence " + evidenceId + " does not exist"));
    }

    /** Records that someone opened or downloaded a file. */
    public CustodyEntry accessed(long evidenceId, String by, String how) {
        return ledger().append(evidenceId, CustodyEvent.of(CustodyAction.ACCESSED, by, clock.instant(), Map.of("how", how)));
    }

    public CustodyEntry exported(long evidenceId, String by, long incidentId, String bundleName) {
        return ledger().append(evidenceId, CustodyEvent.of(CustodyAction.EXPORTED, by, clock.instant(),
                Map.of("incident", publicIdOf(incidentId), "bundle", bundleName == null ? "" : bundleName)));
    }

    public CustodyEntry verified(long evidenceId, String by, VerificationStep step) {
        item(evidenceId);
        return ledger().append(evidenceId, CustodyEvent.of(CustodyAction.VERIFIED, by, clock.instant(), step.details()));
    }

    /** Other held images within {@link PerceptualHash#NEAR_DUPLICATE_MAX_BITS} of this one, nearest first. */
    public List<NearDuplicate> nearDuplicates(EvidenceItem item) {
        if (item.perceptualHash() == null) return List.of();
        return nearDuplicates(item, ledger().list());
    }

    /** Near-duplicates of each of {@code items} among everything held (one read of the ledger). */
    public Map<Long, List<NearDuplicate>> nearDuplicates(List<EvidenceItem> items) {
        List<EvidenceItem> all = items.stream().anyMatch(i -> i.perceptualHash() != null) ? ledger().list() : List.of();
        Map<Long, List<NearDuplicate>> out = new LinkedHashMap<>();
        for (EvidenceItem i : items) out.put(i.id(), nearDuplicates(i, all));
        return out;
    }

    static List<NearDuplicate> nearDuplicates(EvidenceItem item, List<EvidenceItem> among) {
        if (item.perceptualHash() == null) return List.of();
        List<NearDuplicate> found = new ArrayList<>();
        for (EvidenceItem other : among) {
            if (other.id() == item.id() || other.perceptualHash() == null) continue;
            int d = item.perceptualHash().distance(other.perceptualHash());
            if (d <= PerceptualHash.NEAR_DUPLICATE_MAX_BITS) found.add(new NearDuplicate(other.id(), other.sha256(), other.originalName(), d));
        }
        found.sort(Comparator.comparingInt(NearDuplicate::distanceBits).thenComparingLong(NearDuplicate::evidenceId));
        return found;
    }

    /**
     * Re-hashes every recorded file and walks every chain of custody. Every break is named: which file, which
     * entry, what was expected and what was found.
     */
    public VerificationReport verifyAll() {
        List<ChainBreak> breaks = new ArrayList<>();
        int entries = 0;
        Set<Sha256> recorded = new HashSet<>();
        List<EvidenceItem> items = ledger().list();
        for (EvidenceItem item : items) {
            recorded.add(item.sha256());
            breaks.addAll(checkFile(item));
            List<CustodyEntry> chain = ledger().custody(item.id());
            entries += chain.size();
            breaks.addAll(CustodyChain.verify(item.sha256(), chain));
        }
        List<Sha256> unrecorded = blobs.list().stream().filter(h -> !recorded.contains(h)).toList();
        return new VerificationReport(items.size(), entries, breaks, unrecorded);
    }

    private List<ChainBreak> checkFile(EvidenceItem item) {
        if (!blobs.contains(item.sha256())) {
            return List.of(new ChainBreak(item.sha256(), 0, "file missing from the store " + blobs.location(), "a file of " + item.sizeBytes() + " bytes", "none"));
        }
        List<ChainBreak> breaks = new ArrayList<>();
        long size = blobs.sizeBytes(item.sha256());
        if (size != item.sizeBytes()) breaks.add(new ChainBreak(item.sha256(), 0, "file size changed", item.sizeBytes() + " bytes", size + " bytes"));
        Sha256 now = blobs.rehash(item.sha256());
        if (!now.equals(item.sha256())) breaks.add(new ChainBreak(item.sha256(), 0, "file content changed", "SHA-256 " + item.sha256(), "SHA-256 " + now));
        return breaks;
    }
}
