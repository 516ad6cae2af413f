package org.groundtruth.storage.evidence;

import org.groundtruth.store.Store;
import org.groundtruth.evidence.Analysis;
import org.groundtruth.evidence.CaptureMetadata;
import org.groundtruth.evidence.ChainBreak;
import org.groundtruth.evidence.CustodyAction;
import org.groundtruth.evidence.CustodyChain;
import org.groundtruth.evidence.CustodyEntry;
import org.groundtruth.evidence.CustodyEvent;
import org.groundtruth.evidence.EvidenceItem;
import org.groundtruth.evidence.EvidenceLedger;
import org.groundtruth.evidence.NewEvidence;
import org.groundtruth.evidence.PerceptualHash;
import org.groundtruth.evidence.Recorded;
import org.groundtruth.evidence.Sha256;
import org.groundtruth.evidence.StoredBlob;
import org.groundtruth.incident.IncidentForTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link EvidenceLedger} does, run on SQLite and PostgreSQL. */
public abstract class EvidenceLedgerContract {
    protected Store store;
    protected EvidenceLedger ledger;
    private static final Instant T0 = Instant.parse("2015-11-29T12:00:00.123Z");

    protected abstract Store newStore() throws Exception;

    /** Runs SQL straight on the database, as someone with access to it (not through the ledger) could. */
    protected abstract void tamper(String... sql) throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = newStore();
        ledger = store.port(EvidenceLedger.PORT);
    }

    @AfterEach
    void closeStore() {
        if (store != null) store.close();
    }

    static Sha256 sha(String content) {
        return Sha256.ofBytes(content.getBytes(StandardCharsets.UTF_8));
    }

    static NewEvidence photo(String content) {
        CaptureMetadata capture = new CaptureMetadata("2015-11-29T13:45:30+02:00", "Exif SubIFD / Date/Time Original", 35.8137, 36.6121,
                "Samsung SM-G900F", Map.of("Exif IFD0 / Make", "Samsung", "Exif SubIFD / Exposure Time", "1/500 sec"));
        return new NewEvidence(new StoredBlob(sha(content), content.length(), true), "market «سوق».jpg",
                new Analysis("image/jpeg", "image/jpeg", capture, new PerceptualHash(0x8f3a_55c1_0e77_d21bL)), T0);
    }

    static CustodyEvent acquired(String by) {
        return CustodyEvent.of(CustodyAction.ACQUIRED, by, T0, Map.of("sourceUrl", "https://t.me/channel/123", "device", "phone of witness W-7"));
    }

    @Test
    void recordsAFileWithItsMetadataAndOpensItsChain() {
        Recorded r = ledger.record(photo("one"), acquired("amira"));
        assertThat(r.alreadyHeld()).isFalse();
        EvidenceItem item = r.item();
        assertThat(item.sha256()).isEqualTo(sha("one"));
        assertThat(item.sizeBytes()).isEqualTo(3);
        assertThat(item.mediaType()).isEqualTo("image/jpeg");
        assertThat(item.originalName()).isEqualTo("market «سوق».jpg");
        assertThat(item.addedAt()).isEqualTo(T0);
        assertThat(item.capture().capturedAt()).isEqualTo("2015-11-29T13:45:30+02:00");
        assertThat(item.capture().latitude()).isEqualTo(35.8137);
        assertThat(item.capture().longitude()).isEqualTo(36.6121);
        assertThat(item.capture().device()).isEqualTo("Samsung SM-G900F");
        assertThat(item.capture().fields()).containsEntry("Exif SubIFD / Exposure Time", "1/500 sec");
        assertThat(item.perceptualHash()).isEqualTo(new PerceptualHash(0x8f3a_55c1_0e77_d21bL));
        assertThat(ledger.find(item.id())).contains(item);
        assertThat(ledger.find(sha("one"))).contains(item);
        assertThat(ledger.list()).containsExactly(item);

        List<CustodyEntry> chain = ledger.custody(item.id());
        assertThat(chain).hasSize(1);
        CustodyEntry first = chain.getFirst();
        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(Sha256.ZERO);
        assertThat(first.event()).isEqualTo(acquired("amira"));
        assertThat(first.fileSha256()).isEqualTo(sha("one"));
        assertThat(CustodyChain.verify(item.sha256(), chain)).isEmpty();
    }

    @Test
    void theSameBytesAgainAreNotRecordedTwiceButTheAcquisitionIs() {
        EvidenceItem item = ledger.record(photo("one"), acquired("amira")).item();
        Recorded again = ledger.record(photo("one"), acquired("bilal"));
        assertThat(again.alreadyHeld()).isTrue();
        assertThat(again.item()).isEqualTo(item);
        assertThat(ledger.list()).hasSize(1);
        List<CustodyEntry> chain = ledger.custody(item.id());
        assertThat(chain).extracting(e -> e.event().actor()).containsExactly("amira", "bilal");
        assertThat(chain.get(1).previousHash()).isEqualTo(chain.get(0).entryHash());
        assertThat(CustodyChain.verify(item.sha256(), chain)).isEmpty();
    }

    @Test
    void linksToIncidentsOnceEachWithACustodyEntry() {
        long incident = store.incidents().create(IncidentForTest.at(35.81, 36.61).on("2015-11-29").facts(), List.of()).id();
        long other = store.incidents().create(IncidentForTest.at(35.93, 36.63).on("2015-11-30").facts(), List.of()).id();
        EvidenceItem item = ledger.record(photo("one"), acquired("amira")).item();
        EvidenceItem unlinked = ledger.record(photo("two"), acquired("amira")).item();
        CustodyEvent link = CustodyEvent.of(CustodyAction.LINKED, "amira", T0, Map.of("incidentId", Long.toString(incident)));
        assertThat(ledger.link(item.id(), incident, link)).isTrue();
        assertThat(ledger.link(item.id(), incident, link)).isFalse();
        assertThat(ledger.link(item.id(), other, link)).isTrue();
        assertThat(ledger.forIncident(incident)).containsExactly(item);
        assertThat(ledger.incidentsOf(item.id())).containsExactly(incident, other);
        assertThat(ledger.incidentsOf(unlinked.id())).isEmpty();
        assertThat(ledger.custody(item.id())).extracting(e -> e.event().action())
                .containsExactly(CustodyAction.ACQUIRED, CustodyAction.LINKED, CustodyAction.LINKED);

        assertThatThrownBy(() -> ledger.link(item.id(), 999_999, link)).isInstanceOf(NoSuchElementException.class).hasMessageContaining("incident 999999");
        assertThatThrownBy(() -> ledger.link(999_999, incident, link)).isInstanceOf(NoSuchElementException.class).hasMessageContaining("evidence 999999");
        assertThat(ledger.custody(item.id())).hasSize(3);
    }

    @Test
    void appendsChainEveryEntryToTheOneBeforeAndKeepsTextExactly() {
        EvidenceItem item = ledger.record(photo("one"), acquired("amira")).item();
        String awkward = "line one\nline two\r\nback\\slash \"quoted\" — شاهد ✓";
        ledger.append(item.id(), CustodyEvent.of(CustodyAction.VERIFIED, "bilal", T0.plusSeconds(60),
                Map.of("kind", "geolocated", "method", awkward, "result", "35.8135, 36.6115 within 50 m")));
        ledger.append(item.id(), CustodyEvent.of(CustodyAction.ACCESSED, "chen", T0.plusSeconds(120), Map.of("how", "download")));
        List<CustodyEntry> chain = ledger.custody(item.id());
        assertThat(chain).extracting(CustodyEntry::seq).containsExactly(1, 2, 3);
        assertThat(chain.get(1).event().details()).containsEntry("method", awkward);
        assertThat(CustodyChain.verify(item.sha256(), chain)).isEmpty();
        assertThatThrownBy(() -> ledger.append(424_242, CustodyEvent.of(CustodyAction.ACCESSED, "x", T0, Map.of())))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void concurrentAppendsMakeOneUnbrokenChain() throws Exception {
        EvidenceItem item = ledger.record(photo("one"), acquired("amira")).item();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        ledger.append(item.id(), CustodyEvent.of(CustodyAction.ACCESSED, "user" + thread, T0, Map.of("how", "view " + i)));
                    }
                }));
            }
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdownNow();
        }
        List<CustodyEntry> chain = ledger.custody(item.id());
        assertThat(chain).hasSize(41);
        assertThat(CustodyChain.verify(item.sha256(), chain)).isEmpty();
    }

    @Test
    void theSameBytesRecordedAtOnceMakeOneItemWithEveryAcquisition() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Recorded>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String who = "user" + t;
                done.add(pool.submit(() -> ledger.record(photo("same"), acquired(who))));
            }
            int fresh = 0;
            for (Future<Recorded> f : done) if (!f.get().alreadyHeld()) fresh++;
            assertThat(fresh).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(ledger.list()).hasSize(1);
        EvidenceItem item = ledger.list().getFirst();
        List<CustodyEntry> chain = ledger.custody(item.id());
        assertThat(chain).hasSize(4).allMatch(e -> e.event().action() == CustodyAction.ACQUIRED);
        assertThat(CustodyChain.verify(item.sha256(), chain)).isEmpty();
    }

    @Test
    void theLogRefusesUpdatesAndDeletes() {
        EvidenceItem item = ledger.record(photo("one"), acquired("amira")).item();
        assertThatThrownBy(() -> tamper("UPDATE custody_log SET actor = 'mallory' WHERE evidence_id = " + item.id()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> tamper("DELETE FROM custody_log WHERE evidence_id = " + item.id()))
                .hasMessageContaining("append-only");
        assertThat(CustodyChain.verify(item.sha256(), ledger.custody(item.id()))).isEmpty();
    }

    @Test
    void aRowChangedBehindTheLedgersBackIsNamedByVerification() throws Exception {
        EvidenceItem item = ledger.record(photo("one"), acquired("amira")).item();
        ledger.append(item.id(), CustodyEvent.of(CustodyAction.ACCESSED, "bilal", T0.plusSeconds(5), Map.of("how", "download")));
        ledger.append(item.id(), CustodyEvent.of(CustodyAction.ACCESSED, "chen", T0.plusSeconds(9), Map.of("how", "download")));
        dropAppendOnlyGuard();
        tamper("UPDATE custody_log SET actor = 'mallory' WHERE evidence_id = " + item.id() + " AND seq = 2");
        List<ChainBreak> breaks = CustodyChain.verify(item.sha256(), ledger.custody(item.id()));
        assertThat(breaks).hasSize(1);
        assertThat(breaks.getFirst().seq()).isEqualTo(2);
        assertThat(breaks.getFirst().problem()).contains("content changed");

        tamper("DELETE FROM custody_log WHERE evidence_id = " + item.id() + " AND seq = 1");
        breaks = CustodyChain.verify(item.sha256(), ledger.custody(item.id()));
        assertThat(breaks).extracting(ChainBreak::seq).contains(2);
        assertThat(breaks).anySatisfy(b -> assertThat(b.problem()).contains("out of sequence"));
    }

    @Test
    void aRowMadeUnreadableIsStillReadAndNamed() throws Exception {
        EvidenceItem item = ledger.record(photo("one"), acquired("amira")).item();
        ledger.append(item.id(), CustodyEvent.of(CustodyAction.ACCESSED, "bilal", T0.plusSeconds(5), Map.of("how", "download")));
        dropAppendOnlyGuard();
        tamper("UPDATE custody_log SET actor = '', details_json = 'not json', action = 'ERASED' WHERE evidence_id = " + item.id() + " AND seq = 2");
        List<ChainBreak> breaks = CustodyChain.verify(item.sha256(), ledger.custody(item.id()));
        assertThat(breaks).singleElement().satisfies(b -> {
            assertThat(b.seq()).isEqualTo(2);
            assertThat(b.problem()).contains("content changed");
        });
    }

    /** What someone bent on changing the log has to do first. */
    protected abstract void dropAppendOnlyGuard() throws Exception;

    @Test
    void anItemWithoutMetadataReadsBackEmpty() {
        NewEvidence plain = new NewEvidence(new StoredBlob(sha("pdf"), 3, true), null,
                new Analysis("application/pdf", null, null, null), T0);
        EvidenceItem item = ledger.record(plain, acquired("amira")).item();
        assertThat(item.capture()).isEqualTo(CaptureMetadata.NONE);
        assertThat(item.perceptualHash()).isNull();
        assertThat(item.originalName()).isEqualTo(sha("pdf").hex());
        assertThat(item.nameMismatch()).isFalse();
    }
}
