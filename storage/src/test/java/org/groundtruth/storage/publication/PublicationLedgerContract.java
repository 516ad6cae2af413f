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
    void aPublishedIncidentReadsBackWithEveryFactAsStoredIncludingItsKind() {
        Incident shelling = published(IncidentForTest.at(35.81, 36.61).on("2015-11-29").in("Ariha", "Idlib").titled("Shelling of Ariha")
                .kind(org.groundtruth.incident.EventKind.SHELLING).killed(2, 4).hitting(org.groundtruth.incident.CivilianObject.MARKET)
                .by("syrian_government").weapons("artillery"));
        Incident strike = published(IncidentForTest.at(35.82, 36.62).on("2015-11-30").in("Ariha", "Idlib")
                .kind(org.groundtruth.incident.EventKind.AIR_STRIKE));
        List<Publishable> rows = all(smallChunks().published(Selection.all()));
        assertThat(rows).extracting(p -> p.incident().facts())
                .containsExactly(store.incidents().find(shelling.id()).orElseThrow().facts(), store.incidents().find(strike.id()).orElseThrow().facts());
        assertThat(rows).extracting(p -> p.incident().facts().kind())
                .containsExactly(org.groundtruth.incident.EventKind.SHELLING, org.groundtruth.incident.EventKind.AIR_STRIKE);
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

    private static org.groundtruth.publication.ReportDraft draft(String title) {
        return new org.groundtruth.publication.ReportDraft(title, org.groundtruth.publication.ReportLanguage.EN,
                Selection.parse("from=2015-09-30;to=2015-11-29;governorate=Idlib"), "Intro.", java.util.Map.of("abcdefghjkmnpqrs", "Narrative."),
                java.util.Set.of(3L, 1L), List.of("Stop.", "Investigate."), "Conclusions.");
    }

    private static org.groundtruth.publication.ReportVersion.Frozen frozen(String pdf, String html) {
        return new org.groundtruth.publication.ReportVersion.Frozen(java.time.LocalDate.of(2016, 1, 15), 2,
                pdf.getBytes(java.nio.charset.StandardCharsets.UTF_8), html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aReportIsEditedReviewedPublishedFrozenAndRevised() {
        PublicationLedger l = store.port(PublicationLedger.PORT);
        var created = l.createReport(draft("Civilians under fire"), NOTE);
        assertThat(created.status()).isEqualTo(IncidentStatus.DRAFT);
        assertThat(created.revision()).isEqualTo(1);
        assertThat(created.draft()).isEqualTo(draft("Civilians under fire"));
        var saved = l.updateReport(created.id(), draft("Civilians under fire, revised"), 1, ChangeNote.user("bashir"));
        assertThat(saved.revision()).isEqualTo(2);
        assertThat(saved.updatedBy()).isEqualTo("user:bashir");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> l.updateReport(created.id(), draft("Stale"), 1, NOTE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("was saved by user:bashir since revision 1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> l.publishVersion(created.id(), frozen("%PDF-1", "<html>"), Role.REVIEWER, NOTE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("a report cannot go from draft to published");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> l.moveReport(created.id(), IncidentStatus.IN_REVIEW, Role.VIEWER, null, NOTE))
                .hasMessageContaining("a viewer may not submit a report");
        l.moveReport(created.id(), IncidentStatus.IN_REVIEW, Role.INVESTIGATOR, null, NOTE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> l.updateReport(created.id(), draft("Late edit"), 2, NOTE))
                .hasMessageContaining("is in_review: only a draft is edited");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> l.publishVersion(created.id(), frozen("%PDF-1", "<html>"), Role.INVESTIGATOR, NOTE))
                .hasMessageContaining("an investigator may not publish a report");
        var v1 = l.publishVersion(created.id(), frozen("%PDF-1 first", "<html>first</html>"), Role.REVIEWER, ChangeNote.user("rania"));
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.pdfSha256()).isEqualTo(org.groundtruth.evidence.Sha256.ofBytes("%PDF-1 first".getBytes(java.nio.charset.StandardCharsets.UTF_8)).hex());
        assertThat(v1.pdfBytes()).isEqualTo(12);
        assertThat(v1.generatedOn()).isEqualTo(java.time.LocalDate.of(2016, 1, 15));
        assertThat(v1.publishedBy()).isEqualTo("user:rania");
        assertThat(l.report(created.id()).orElseThrow().readableByThePublic()).isTrue();

        // revise: back to draft, edit, review, publish again; version 1 stays as it was
        l.moveReport(created.id(), IncidentStatus.DRAFT, Role.INVESTIGATOR, null, NOTE);
        l.updateReport(created.id(), draft("Second edition"), 2, NOTE);
        l.moveReport(created.id(), IncidentStatus.IN_REVIEW, Role.INVESTIGATOR, null, NOTE);
        var v2 = l.publishVersion(created.id(), frozen("%PDF-1 second", "<html>second</html>"), Role.ADMIN, NOTE);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(l.versions(created.id())).extracting(org.groundtruth.publication.ReportVersion::version).containsExactly(1, 2);
        assertThat(new String(l.versionFile(created.id(), 1, org.groundtruth.publication.ReportVersion.Format.PDF).orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("%PDF-1 first");
        assertThat(new String(l.versionFile(created.id(), 2, org.groundtruth.publication.ReportVersion.Format.HTML).orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("<html>second</html>");
        assertThat(l.versionFile(created.id(), 3, org.groundtruth.publication.ReportVersion.Format.PDF)).isEmpty();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> l.moveReport(created.id(), IncidentStatus.RETRACTED, Role.REVIEWER, null, NOTE))
                .hasMessageContaining("give a reason");
        var retracted = l.moveReport(created.id(), IncidentStatus.RETRACTED, Role.REVIEWER, "a victim's name was printed", NOTE);
        assertThat(retracted.readableByThePublic()).isFalse();

        var entries = store.port(AuditLog.PORT).about("report:" + created.id());
        assertThat(entries).extracting(e -> e.action()).containsExactly("report.create", "report.update", "report.submit", "report.publish",
                "report.revise", "report.update", "report.submit", "report.publish", "report.retract");
        assertThat(entries.get(3).after()).contains(v1.pdfSha256()).contains(v1.htmlSha256()).contains("\"version\":\"1\"");
        assertThat(entries.get(8).reason()).isEqualTo("a victim's name was printed");
        assertThat(store.port(AuditLog.PORT).verify()).isEmpty();
        assertThat(l.reports()).extracting(r -> r.id()).containsExactly(created.id());
    }
}
