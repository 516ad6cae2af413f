package org.groundtruth.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.groundtruth.assessment.AssessmentLedger;
import org.groundtruth.grading.Grade;
import org.groundtruth.assessment.StoredAssessment;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.claim.ClaimForTest;
import org.groundtruth.claim.ClaimImport;
import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.claim.ClaimMatch;
import org.groundtruth.claim.ClaimRecord;
import org.groundtruth.claim.MatchState;
import org.groundtruth.claim.Response;
import org.groundtruth.claim.ResponseKind;
import org.groundtruth.claim.SourceDocument;
import org.groundtruth.claim.StoredClaim;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.incident.NewReport;
import org.groundtruth.incident.Source;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.review.IncidentReviews;
import org.groundtruth.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public generation (V111, V112, decision 0424) moves whenever anything the public sees of a published incident
 * changes, in its own row or in the tables beside it (reports, grades, matched claims, responses), and never for a
 * draft: readers keep rendered public incidents under it, and the public must not tell from it that drafts changed.
 */
public abstract class PublicGenerationContract {
    private static final IncidentQuery PUBLIC = IncidentQuery.all().withStatuses(Set.of(IncidentStatus.PUBLISHED));
    protected Store store;
    private Incident published;
    private Incident draft;

    protected abstract Store newStore() throws Exception;

    protected void dropStore() {
    }

    @BeforeEach
    void open() throws Exception {
        store = newStore();
        published = publish(store.incidents().create(IncidentForTest.at(35.81, 36.61).on("2015-11-29").facts(), List.of(report()),
                ChangeNote.system("test")));
        draft = store.incidents().create(IncidentForTest.at(35.82, 36.62).on("2015-11-29").facts(), List.of(report()), ChangeNote.system("test"));
    }

    @AfterEach
    void close() {
        if (store != null) store.close();
        store = null;
        dropStore();
    }

    private Incident publish(Incident i) {
        store.port(IncidentReviews.PORT).move(i.id(), IncidentStatus.IN_REVIEW, null, ChangeNote.system("test"));
        return store.port(IncidentReviews.PORT).move(i.id(), IncidentStatus.PUBLISHED, null, ChangeNote.system("test"));
    }

    private static NewReport report() {
        return new NewReport("test:" + java.util.UUID.randomUUID(), new Source("Test monitor", "test", "https://example.org/r"),
                "A report", "en", Map.of("row", "1"));
    }

    private long generation() {
        long g = store.incidents().searchIds(PUBLIC).publicGeneration();
        assertThat(g).as("the public's query reads the generation").isNotNegative();
        return g;
    }

    private void assertMoves(String what, Runnable change) {
        long before = generation();
        change.run();
        assertThat(generation()).as(what).isGreaterThan(before);
    }

    private void assertStays(String what, Runnable change) {
        long before = generation();
        change.run();
        assertThat(generation()).as(what).isEqualTo(before);
    }

    @Test
    void aReportMovesItOnlyForAPublishedIncident() {
        assertStays("a report of a draft", () -> store.incidents().addReport(draft.id(), report(), ChangeNote.system("test")));
        assertStays("a report of a published incident, held for review (decision 0752)",
                () -> store.incidents().addReport(published.id(), report(), ChangeNote.system("test")));
        assertMoves("the held report published", () -> store.incidents().publishRevision(published.id(), ChangeNote.system("test")));
        assertStays("a draft created", () -> store.incidents().create(IncidentForTest.at(35.8, 36.6).facts(), List.of(report()), ChangeNote.system("test")));
        assertMoves("a draft published", () -> publish(draft));
    }

    @Test
    void gradesMoveItOnlyForAPublishedIncident() {
        AssessmentLedger grades = store.port(AssessmentLedger.PORT);
        Instant t = Instant.parse("2026-12-01T00:00:00Z");
        assertStays("a draft graded", () -> grades.saveComputed(List.of(new StoredAssessment(draft.id(), Grade.WEAK, List.of("unknown"), 0.3, t))));
        assertMoves("a published incident graded", () -> grades.saveComputed(List.of(new StoredAssessment(published.id(), Grade.WEAK, List.of("unknown"), 0.3, t))));
        assertMoves("its grade changed", () -> grades.saveComputed(List.of(new StoredAssessment(published.id(), Grade.FAIR, List.of("russian_military"), 0.8, t))));
    }

    @Test
    void responsesAndMatchedClaimsMoveItOnlyForAPublishedIncident() {
        ClaimLedger claims = store.port(ClaimLedger.PORT);
        assertStays("a draft answered", () -> claims.respond(response(draft.id())));
        assertMoves("a published incident answered", () -> claims.respond(response(published.id())));

        assertStays("a claim imported, matched to nothing", () -> importClaim("Russian MoD"));
        long claimId = claims.list(org.groundtruth.claim.ClaimQuery.all()).items().getFirst().claim().id();
        MatchState state = new MatchState(25, 86400, null, null, Instant.parse("2026-12-01T00:00:00Z"));
        assertStays("a claim matched to a draft", () -> claims.replaceMatchesOf(List.of(draft.id()), List.of(claimId),
                List.of(new ClaimMatch(draft.id(), claimId, "Russian MoD", 0.9, 1.0, 0, "near")), state));
        assertMoves("a claim matched to a published incident", () -> claims.replaceMatchesOf(List.of(published.id()), List.of(claimId),
                List.of(new ClaimMatch(published.id(), claimId, "Russian MoD", 0.9, 1.0, 0, "near")), state));
        assertMoves("a claim shown on a published incident revised", () -> importClaim("Russian Ministry of Defence"));
        assertMoves("the match withdrawn", () -> claims.replaceMatchesOf(List.of(published.id()), List.of(claimId), List.of(), state));
    }

    private static Response response(long incidentId) {
        return new Response(0, "Russian Ministry of Defence", ResponseKind.DENIAL, incidentId, LocalDate.of(2015, 12, 1), null,
                SourceDocument.at("https://example.org/mod/denial"), Instant.parse("2026-01-01T00:00:00Z"));
    }

    private void importClaim(String party) {
        var claim = ClaimForTest.by(party).on("2015-11-29").at(35.81, 36.61).claim();
        try (ClaimImport im = store.port(ClaimLedger.PORT).beginImport(new ImportMeta("claims.csv", "claims-csv", null))) {
            im.upsert(new ClaimRecord("t:1", "test-claims", claim, Map.of("id", "t:1", "party", party), null));
            im.commit();
        }
    }
}
