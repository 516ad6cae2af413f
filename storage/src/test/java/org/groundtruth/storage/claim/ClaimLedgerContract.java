package org.groundtruth.storage.claim;

import org.groundtruth.audit.AuditLog;
import org.groundtruth.merging.MergeLedger;
import org.groundtruth.store.Store;
import org.groundtruth.claim.Claim;
import org.groundtruth.claim.ClaimForTest;
import org.groundtruth.claim.ClaimImport;
import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.claim.ClaimMatch;
import org.groundtruth.claim.ClaimQuery;
import org.groundtruth.claim.ClaimRecord;
import org.groundtruth.claim.ClaimedPlace;
import org.groundtruth.claim.RadiusBasis;
import org.groundtruth.claim.Response;
import org.groundtruth.claim.ResponseKind;
import org.groundtruth.claim.SourceDocument;
import org.groundtruth.claim.StoredClaim;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportRun;
import org.groundtruth.ingest.UpsertOutcome;
import org.groundtruth.matching.LedgerMatching;
import org.groundtruth.matching.MatchParameters;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.time.IncidentDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.groundtruth.incident.CivilianObject.MARKET;

/** What every {@link ClaimLedger} must do; subclasses make a fresh store (SQLite file, PostgreSQL database). */
public abstract class ClaimLedgerContract {
    protected Store store;
    private ClaimLedger ledger;

    protected abstract Store newStore() throws Exception;

    protected void dropStore() {
    }

    @BeforeEach
    void open() throws Exception {
        store = newStore();
        ledger = store.port(ClaimLedger.PORT);
    }

    @AfterEach
    void close() {
        if (store != null) store.close();
        store = null;
        dropStore();
    }

    private static ClaimRecord record(String key, Claim c) {
        return new ClaimRecord(key, "test-claims", c, Map.of("id", key, "party", c.party(), "day", c.strikeDate().display()), null);
    }

    private ImportRun importClaims(ClaimRecord... records) {
        try (ClaimImport im = ledger.beginImport(new ImportMeta("claims.csv", "claims-csv", "abc"))) {
            for (ClaimRecord r : records) im.upsert(r);
            return im.commit();
        }
    }

    private static Claim full() {
        ClaimedPlace place = new ClaimedPlace(List.of("Ariha", "أريحا"), new Coordinates(35.8136, 36.6092), LocationPrecision.TOWN,
                12.5, RadiusBasis.STATED, PlacedBy.GAZETTEER);
        return new Claim(0, "Russian Ministry of Defence", Instant.parse("2015-11-30T08:15:00Z"),
                IncidentDate.at(LocalDate.of(2015, 11, 29), LocalTime.of(13, 40), ZoneOffset.ofHours(2)), place,
                "terrorist command post", 3, new SourceDocument("https://example.org/mod/2015-11-30", "Su-24 struck a command post", "ru"),
                Instant.parse("2026-11-25T05:00:00Z"));
    }

    @Test
    void importedClaimReadsBackWithEveryValue() {
        ImportRun run = importClaims(record("t:1", full()));
        assertThat(run.inserted()).isEqualTo(1);
        assertThat(ledger.imports()).singleElement().satisfies(r -> assertThat(r.fileName()).isEqualTo("claims.csv"));
        assertThat(store.port(AuditLog.PORT).entries(0, 10, null, "claims.")).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("claims.import");
            assertThat(e.subject()).isEqualTo("claim-import:" + run.id());
        });
        StoredClaim stored = ledger.list(ClaimQuery.all()).items().getFirst();
        assertThat(stored.originKey()).isEqualTo("t:1");
        assertThat(stored.dataset()).isEqualTo("test-claims");
        assertThat(stored.revisions()).isEqualTo(1);
        Claim c = stored.claim();
        assertThat(c.id()).isPositive();
        Claim expected = full();
        assertThat(new Claim(0, c.party(), c.statedAt(), c.strikeDate(), c.place(), c.claimedTarget(), c.sorties(), c.source(),
                c.recordedAt())).isEqualTo(expected);
        assertThat(c.place().placedBy()).isEqualTo(PlacedBy.GAZETTEER);
        assertThat(ledger.find(c.id())).contains(stored);
        assertThat(ledger.find(c.id() + 100)).isEmpty();
    }

    @Test
    void unplacedClaimsAreKeptAndListedApart() {
        Claim unplaced = ClaimForTest.by("Syrian Arab Army").place(ClaimedPlace.unplaced(List.of("Tell Nowhere"))).claim();
        importClaims(record("t:1", ClaimForTest.by("Russian MoD").claim()), record("t:2", unplaced));
        assertThat(ledger.list(ClaimQuery.all()).numberMatched()).isEqualTo(2);
        assertThat(ledger.list(ClaimQuery.all().withPlaced(false)).items()).singleElement()
                .satisfies(s -> assertThat(s.claim().place().localityNames()).containsExactly("Tell Nowhere"));
        assertThat(ledger.list(ClaimQuery.all().withPlaced(true)).items()).singleElement()
                .satisfies(s -> assertThat(s.claim().party()).isEqualTo("Russian MoD"));
        assertThat(ledger.list(ClaimQuery.all().withParty("syrian arab")).numberMatched()).isEqualTo(1);
        assertThat(ledger.imports().getFirst().unplaced()).isEqualTo(1);
    }

    @Test
    void reimportIsIdempotentAndAChangedRowKeepsItsEarlierRevision() {
        importClaims(record("t:1", ClaimForTest.by("A").claim()), record("t:2", ClaimForTest.by("B").claim()));
        ImportRun again = importClaims(record("t:1", ClaimForTest.by("A").claim()), record("t:2", ClaimForTest.by("B").claim()));
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(ledger.list(ClaimQuery.all()).numberMatched()).isEqualTo(2);

        ImportRun changed = importClaims(record("t:2", ClaimForTest.by("B").on("2016-09-18").claim()));
        assertThat(changed.updated()).isEqualTo(1);
        StoredClaim b = ledger.list(ClaimQuery.all().withParty("B")).items().getFirst();
        assertThat(b.revisions()).isEqualTo(2);
        assertThat(b.claim().strikeDate().firstDay()).isEqualTo("2016-09-18");
        assertThat(ledger.list(ClaimQuery.all()).numberMatched()).isEqualTo(2);
    }

    @Test
    void anImportClosedWithoutCommitStoresNothing() {
        try (ClaimImport im = ledger.beginImport(new ImportMeta("bad.csv", "claims-csv", null))) {
            assertThat(im.upsert(record("t:1", ClaimForTest.by("A").claim()))).isEqualTo(UpsertOutcome.INSERTED);
        }
        assertThat(ledger.list(ClaimQuery.all()).numberMatched()).isZero();
        assertThat(ledger.imports()).isEmpty();
    }

    @Test
    void aKeyGivenTwiceWithOtherContentIsRefused() {
        try (ClaimImport im = ledger.beginImport(new ImportMeta("bad.csv", "claims-csv", null))) {
            im.upsert(record("t:1", ClaimForTest.by("A").claim()));
            assertThatThrownBy(() -> im.upsert(record("t:1", ClaimForTest.by("B").claim()))).hasMessageContaining("t:1");
        }
    }

    @Test
    void responsesAreLinkedToTheirIncident() {
        long incident = store.incidents().create(IncidentForTest.at(35.81, 36.61).facts(), List.of()).id();
        Response r = ledger.respond(new Response(0, "Russian Ministry of Defence", ResponseKind.CALLED_FAKE, incident,
                LocalDate.of(2015, 12, 23), "The report is fake", SourceDocument.at("https://example.org/mod/reply"),
                Instant.parse("2026-01-01T00:00:00Z")));
        assertThat(r.id()).isPositive();
        assertThat(store.port(AuditLog.PORT).about("incident:" + incident)).extracting(e -> e.action()).contains("response.add");
        ledger.respond(new Response(0, "Russian Ministry of Defence", ResponseKind.DENIAL, incident, LocalDate.of(2015, 12, 1),
                null, SourceDocument.at("https://example.org/mod/denial"), Instant.parse("2026-01-01T00:00:00Z")));
        assertThat(ledger.responsesFor(incident)).extracting(Response::kind)
                .containsExactly(ResponseKind.DENIAL, ResponseKind.CALLED_FAKE);
        assertThat(ledger.responsesFor(incident).get(1)).isEqualTo(r);
        assertThat(ledger.responsesFor(List.of(incident, incident + 1))).containsOnlyKeys(incident);
        assertThatThrownBy(() -> ledger.respond(new Response(0, "X", ResponseKind.DENIAL, incident + 99, LocalDate.of(2015, 12, 1),
                null, SourceDocument.at("https://example.org"), Instant.now()))).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void matchingStoresCandidatesOnceAndTheIncidentSearchFiltersByThem() {
        long market = store.incidents().create(IncidentForTest.at(35.8136, 36.6092).on("2015-11-29").hitting(MARKET).facts(), List.of()).id();
        long far = store.incidents().create(IncidentForTest.at(33.5, 36.3).on("2015-11-29").facts(), List.of()).id();
        importClaims(record("t:1", ClaimForTest.by("Russian MoD").on("2015-11-29").statedAt("2015-11-30T08:00:00Z").at(35.83, 36.62).claim()),
                record("t:2", ClaimForTest.by("Syrian Arab Army").place(ClaimedPlace.unplaced(List.of("Nowhere"))).claim()));
        LedgerMatching matching = new LedgerMatching(ledger);

        var summary = matching.matchAll(MatchParameters.withinKmAndDays(25, 1));
        assertThat(summary.pairs()).isEqualTo(1);
        assertThat(summary.unplacedClaims()).isEqualTo(1);
        matching.matchAll(MatchParameters.withinKmAndDays(25, 1));
        List<ClaimMatch> matches = ledger.matchesForIncident(market);
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.party()).isEqualTo("Russian MoD");
            assertThat(m.distanceKm()).isBetween(1.5, 3.0);
            assertThat(m.offsetSeconds()).isZero();
            assertThat(m.score()).isBetween(0.0, 1.0);
            assertThat(m.reason()).contains("km apart").contains("a market was hit");
        });
        assertThat(ledger.matchesForClaim(matches.getFirst().claimId())).containsExactlyElementsOf(matches);
        assertThat(ledger.matchesForIncident(far)).isEmpty();
        assertThat(store.incidents().search(IncidentQuery.all().withClaimed(true)).items()).extracting(i -> i.id()).containsExactly(market);
        assertThat(store.incidents().search(IncidentQuery.all().withClaimed(false)).items()).extracting(i -> i.id()).containsExactly(far);
        assertThat(ledger.list(ClaimQuery.all().withMatched(true)).numberMatched()).isEqualTo(1);
        assertThat(ledger.matchState()).hasValueSatisfying(s -> assertThat(s.radiusKm()).isEqualTo(25));
    }

    /** Issue 10 item 1: a claim says what a party struck; a ground battle beside it is no candidate. */
    @Test
    void claimsAreMatchedOnlyToIncidentsThatMayBeStrikes() throws Exception {
        long strike = store.incidents().create(IncidentForTest.at(35.8136, 36.6092).on("2015-11-29").facts(), List.of()).id();
        long uncoded = store.incidents().create(IncidentForTest.at(35.8137, 36.6093).on("2015-11-29")
                .kind(org.groundtruth.incident.EventKind.UNKNOWN).facts(), List.of()).id();
        long battle = store.incidents().create(IncidentForTest.at(35.8138, 36.6094).on("2015-11-29")
                .kind(org.groundtruth.incident.EventKind.GROUND_FIGHTING).facts(), List.of()).id();
        importClaims(record("t:1", ClaimForTest.by("Russian MoD").on("2015-11-29").statedAt("2015-11-30T08:00:00Z").at(35.83, 36.62).claim()));
        LedgerMatching matching = new LedgerMatching(ledger);
        matching.matchAll(MatchParameters.withinKmAndDays(25, 1));
        assertThat(ledger.matchesForIncident(strike)).hasSize(1);
        assertThat(ledger.matchesForIncident(uncoded)).as("an uncoded incident may be a strike").hasSize(1);
        assertThat(ledger.matchesForIncident(battle)).isEmpty();
        // recoded as shelling: its match goes at the next catch-up
        Thread.sleep(2);
        store.incidents().update(strike, IncidentForTest.at(35.8136, 36.6092).on("2015-11-29").kind(org.groundtruth.incident.EventKind.SHELLING).facts());
        matching.catchUp();
        assertThat(ledger.matchesForIncident(strike)).isEmpty();
        assertThat(ledger.matchesForIncident(uncoded)).hasSize(1);
    }

    @Test
    void anIncidentMergedIntoAnotherIsNoLongerOneAClaimCouldExplain() {
        long first = store.incidents().create(IncidentForTest.at(35.8136, 36.6092).on("2015-11-29").hitting(MARKET).facts(), List.of()).id();
        long second = store.incidents().create(IncidentForTest.at(35.8137, 36.6093).on("2015-11-29").hitting(MARKET).facts(), List.of()).id();
        importClaims(record("t:1", ClaimForTest.by("Russian MoD").on("2015-11-29").statedAt("2015-11-30T08:00:00Z").at(35.83, 36.62).claim()));
        LedgerMatching matching = new LedgerMatching(ledger);
        matching.matchAll(MatchParameters.withinKmAndDays(25, 1));
        long claimId = ledger.matchesForIncident(first).getFirst().claimId();
        assertThat(ledger.matchesForClaim(claimId)).extracting(ClaimMatch::incidentId).containsExactlyInAnyOrder(first, second);

        org.groundtruth.merging.MergeWorkflow.run(store.port(MergeLedger.PORT), org.groundtruth.merging.MergeParameters.DEFAULT, 0.0, "test");
        assertThat(store.port(MergeLedger.PORT).mergedInto(second)).hasValue(first);
        assertThat(ledger.matchesForClaim(claimId)).extracting(ClaimMatch::incidentId).containsExactly(first);
        matching.matchAll(MatchParameters.withinKmAndDays(25, 1));
        assertThat(ledger.matchesForIncident(second)).as("a full run leaves the merged incident out").isEmpty();
        assertThat(ledger.matchesForClaim(claimId)).extracting(ClaimMatch::incidentId).containsExactly(first);
    }

    @Test
    void catchUpMatchesOnlyWhatChangedWithTheLastRunsParameters() throws Exception {
        long market = store.incidents().create(IncidentForTest.at(35.8136, 36.6092).on("2015-11-29").facts(), List.of()).id();
        LedgerMatching matching = new LedgerMatching(ledger);
        matching.matchAll(MatchParameters.withinKmAndDays(10, 0));
        assertThat(matching.catchUp().incidents()).isZero();

        importClaims(record("t:1", ClaimForTest.by("Russian MoD").on("2015-11-29").statedAt("2015-11-30T08:00:00Z").at(35.83, 36.62).claim()));
        var s = matching.catchUp();
        assertThat(s.claims()).isEqualTo(1);
        assertThat(s.incidents()).isZero();
        assertThat(ledger.matchesForIncident(market)).hasSize(1);

        Thread.sleep(2);
        long second = store.incidents().create(IncidentForTest.at(35.82, 36.61).on("2015-11-29").facts(), List.of()).id();
        s = matching.catchUp();
        assertThat(s.incidents()).isEqualTo(1);
        assertThat(s.claims()).isZero();
        assertThat(ledger.matchesForIncident(second)).hasSize(1);
        assertThat(ledger.matchesForIncident(market)).hasSize(1);

        Thread.sleep(2);
        store.incidents().update(second, IncidentForTest.at(36.9, 38.0).on("2015-11-29").facts()); // moved 150 km away: no longer a candidate
        matching.catchUp();
        assertThat(ledger.matchesForIncident(second)).isEmpty();
        assertThat(ledger.matchesForIncident(market)).hasSize(1);
        assertThat(matching.catchUp().incidents()).isZero();
    }
}
