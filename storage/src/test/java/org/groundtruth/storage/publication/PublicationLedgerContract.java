package org.groundtruth.storage.publication;

import org.groundtruth.account.Role;
import org.groundtruth.assessment.AssessmentLedger;
import org.groundtruth.assessment.StoredAssessment;
import org.groundtruth.audit.AuditLog;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.grading.Grade;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.incident.Source;
import org.groundtruth.publication.Publishable;
import org.groundtruth.publication.PublicationLedger;
import org.groundtruth.publication.Republication;
import org.groundtruth.publication.Selection;
import org.groundtruth.publication.SourceLicence;
import org.groundtruth.review.IncidentReviews;
import org.groundtruth.storage.store.JdbcStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What every store's publication ledger must do; run on SQLite and on PostgreSQL. */
public abstract class PublicationLedgerContract {
    static final ChangeNote NOTE = ChangeNote.user("amira");
    protected JdbcStore store;

    protected abstract JdbcStore newStore() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = newStore();
    }

    @AfterEach
    void close() {
        if (store != null) store.close();
    }

    /** Chunks of 3, so that ten incidents cross several chunk edges. */
    private PublicationLedger smallChunks() {
        return new JdbcPublicationLedger(store.database(), store.incidents().auditLog(), 3);
    }

    private Incident published(IncidentForTest i) {
        Incident draft = store.incidents().create(i.facts(), List.of(i.report("t:" + java.util.UUID.randomUUID())), NOTE);
        store.port(IncidentReviews.PORT).move(draft.id(), IncidentStatus.IN_REVIEW, Role.ADMIN, NOTE);
        return store.port(IncidentReviews.PORT).move(draft.id(), IncidentStatus.PUBLISHED, Role.ADMIN, NOTE);
    }

    private static List<Publishable> all(Stream<Publishable> s) {
        try (s) {
            return s.toList();
        }
    }

    @Test
    void streamsPublishedIncidentsOnlyInIdOrderAcrossChunksWithSourcesAndGrades() {
        List<Long> expected = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            IncidentForTest i = IncidentForTest.at(35.8 + k * 0.01, 36.6).on("2015-11-" + (10 + k)).titled("Strike " + k)
                    .in("Ariha", "Idlib").killed(k, k + 2).from(new Source("SOHR", "ucdp-ged", "https://example.org/" + k));
            if (k % 3 == 0) store.incidents().create(i.facts(), List.of(i.report("draft:" + k)), NOTE); // never published
            else expected.add(published(i).id());
        }
        store.port(AssessmentLedger.PORT).saveComputed(List.of(new StoredAssessment(expected.get(0), Grade.FAIR,
                List.of("russian_military", "syrian_government"), 0.6, Instant.parse("2016-01-01T00:00:00Z"))));

        List<Publishable> rows = all(smallChunks().published(Selection.all()));
        assertThat(rows).extracting(p -> p.incident().id()).containsExactlyElementsOf(expected);
        assertThat(rows).allSatisfy(p -> {
            assertThat(p.incident().status()).isEqualTo(IncidentStatus.PUBLISHED);
            assertThat(p.incident().reports()).hasSize(1);
            assertThat(p.incident().reports().get(0).source().dataset()).isEqualTo("ucdp-ged");
            assertThat(p.incident().reports().get(0).text()).as("report texts are never read").isNull();
        });
        Publishable first = rows.get(0);
        assertThat(first.grade().grade()).isEqualTo(Grade.FAIR);
        assertThat(first.grade().parties()).containsExactly("russian_military", "syrian_government");
        assertThat(first.incident().facts().casualties().killed().min()).isEqualTo(1);
        assertThat(rows.get(1).grade()).isNull();
        assertThat(all(store.port(PublicationLedger.PORT).published(Selection.all()))).hasSize(expected.size());
    }

    @Test
    void pushesThePeriodAreaGovernoratesAndIdsDown() {
        Incident ariha = published(IncidentForTest.at(35.81, 36.61).on("2015-11-29").in("Ariha", "Idlib"));
        Incident homs = published(IncidentForTest.at(34.73, 36.72).on("2015-10-15").in("Talbiseh", "Homs"));
        PublicationLedger l = smallChunks();
        assertThat(all(l.published(Selection.parse("from=2015-11-01")))).extracting(p -> p.incident().id()).containsExactly(ariha.id());
        assertThat(all(l.published(Selection.parse("to=2015-10-31")))).extracting(p -> p.incident().id()).containsExactly(homs.id());
        assertThat(all(l.published(Selection.parse("governorate=homs")))).extracting(p -> p.incident().id()).containsExactly(homs.id());
        assertThat(all(l.published(Selection.parse("bbox=36.5,35.5,37,36")))).extracting(p -> p.incident().id()).containsExactly(ariha.id());
        assertThat(all(l.published(Selection.parse("ids=" + homs.publicId())))).extracting(p -> p.incident().id()).containsExactly(homs.id());
        assertThat(all(l.published(Selection.parse("governorate=Raqqa")))).isEmpty();
    }

    @Test
    void licenceMarksAreRecordedReplacedAndAudited() {
        PublicationLedger l = store.port(PublicationLedger.PORT);
        assertThat(l.licenceMarks()).isEmpty();
        l.mark(new SourceLicence("Airwars", Republication.OPEN, "CC BY-NC 4.0", "Airwars"), NOTE);
        SourceLicence changed = l.mark(new SourceLicence("airwars", Republication.REFERENCE_ONLY, "Airwars terms", null), NOTE.because("terms changed"));
        assertThat(changed.dataset()).isEqualTo("airwars");
        assertThat(l.licenceMarks()).containsExactly(new SourceLicence("airwars", Republication.REFERENCE_ONLY, "Airwars terms", null));
        var entries = store.port(AuditLog.PORT).about("dataset:airwars");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(1).before()).contains("CC BY-NC 4.0");
        assertThat(entries.get(1).after()).contains("reference_only");
        assertThat(store.port(AuditLog.PORT).verify()).isEmpty();
    }

    @Test
    void spottersNamesAndPostsAreTheWordsAReportMustNotPrint() {
        assertThat(store.port(PublicationLedger.PORT).spotterNames()).isEmpty();
        store.port(org.groundtruth.warning.SightingLedger.PORT).addSpotter("Nightjar", List.of(new org.groundtruth.warning.Post("Tell Leakpost",
                new org.groundtruth.place.Coordinates(35.5, 36.0))), "c".repeat(64));
        assertThat(store.port(PublicationLedger.PORT).spotterNames()).containsExactlyInAnyOrder("Nightjar", "Tell Leakpost");
    }
}
