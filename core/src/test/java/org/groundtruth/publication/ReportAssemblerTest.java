package org.groundtruth.publication;

import org.groundtruth.assessment.Assessment;
import org.groundtruth.attribution.Attribution;
import org.groundtruth.attribution.Candidate;
import org.groundtruth.attribution.Party;
import org.groundtruth.claim.Response;
import org.groundtruth.claim.ResponseKind;
import org.groundtruth.claim.SourceDocument;
import org.groundtruth.grading.Grade;
import org.groundtruth.grading.GradeResult;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.objective.ConcernLevel;
import org.groundtruth.objective.ObjectiveAnalysis;
import org.groundtruth.testimony.Consent;
import org.groundtruth.testimony.TestimonyView;
import org.groundtruth.testimony.WitnessIdentity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.groundtruth.publication.PublicationFixtures.*;

class ReportAssemblerTest {
    private static final LocalDate TODAY = LocalDate.of(2016, 1, 15);
    private final ReportAssembler assembler = new ReportAssembler(SourceLicences.defaults(), ProtectedTerms.of(List.of("Mahmoud Haddad")));

    private static TestimonyView statement(long id, Incident i, Consent consent, String text) {
        return new TestimonyView(id, i.id(), "Witness " + id + ", Ariha", "Interviewer Lina", LocalDate.of(2015, 12, 2), "ar", consent,
                text, false, new WitnessIdentity("Mahmoud Haddad", "+963 000"), T);
    }

    private static Assessment assessment(Incident i) {
        Candidate ru = new Candidate(Party.RUSSIAN_MILITARY, 0.8, List.of("named by the sources (x3.00)", "sighting: Abu Khalid at post Kafr Nabl saw Su-24 from Hmeimim (x2.00)"), List.of());
        Candidate sy = new Candidate(Party.SYRIAN_GOVERNMENT, 0.2, List.of("sighting: another (x1.10)"), List.of());
        Attribution a = new Attribution(List.of(ru, sy), Set.of(Party.RUSSIAN_MILITARY), "Most likely Russian military (0.80).");
        ObjectiveAnalysis o = new ObjectiveAnalysis(null, Double.NaN, 5, null, Set.of(), ConcernLevel.HIGH,
                "No military objective known within 5 km of a market.", "Objectives unknown to us may exist.");
        return new Assessment(i.id(), a, o, new GradeResult(Grade.FAIR, List.of("two independent sources"), null), T);
    }

    private static IncidentDossier dossier(Incident i, TestimonyView... t) {
        Response reply = new Response(1, "Russian Ministry of Defence", ResponseKind.CALLED_FAKE, i.id(), LocalDate.of(2015, 12, 23),
                "These are fakes.", SourceDocument.at("https://example.org/mod"), T);
        return new IncidentDossier(i, graded(i, Grade.FAIR, "russian_military"), assessment(i), List.of(t), List.of(), List.of(), List.of(reply));
    }

    @Test
    void aReportQuotesOnlyConsentingStatementsUnderTheirPseudonym() {
        Incident i = published(ariha(), ucdp("1"));
        ReportDocument doc = assembler.assemble(ReportDraft.of("Civilians under fire", ReportLanguage.EN, Selection.all()),
                List.of(dossier(i, statement(1, i, Consent.PUBLISH_ANONYMISED, "The market was full."),
                        statement(2, i, Consent.INTERNAL_ONLY, "Only for the team."),
                        statement(3, i, Consent.PUBLISH_WITH_NAME, "I saw two planes."))), List.of(), TODAY);
        IncidentSection s = doc.sections().getFirst();
        assertThat(s.quotes()).extracting(IncidentSection.Quote::text).containsExactly("The market was full.", "I saw two planes.");
        assertThat(s.quotes()).extracting(IncidentSection.Quote::pseudonym).containsExactly("Witness 1, Ariha", "Witness 3, Ariha");
        String all = doc.texts().toString() + doc;
        assertThat(all).doesNotContain("Mahmoud").doesNotContain("Interviewer Lina").doesNotContain("+963").doesNotContain("Only for the team");
        assertThat(s.responses()).extracting(IncidentSection.ResponseLine::kindLabel).containsExactly("called it fake");
        assertThat(doc.figures().killed().range()).isEqualTo("40-49");
        assertThat(doc.licenceMarks()).singleElement().asString().startsWith("CC BY 4.0");
    }

    @Test
    void sightingsAreCountedNeverQuoted() {
        Incident i = published(ariha(), ucdp("1"));
        ReportDocument doc = assembler.assemble(ReportDraft.of("T", ReportLanguage.EN, Selection.all()), List.of(dossier(i)), List.of(), TODAY);
        IncidentSection.AttributionNote a = doc.sections().getFirst().attribution();
        assertThat(a.evidenceFor()).containsExactly("named by the sources (x3.00)");
        assertThat(a.sightings()).isEqualTo(1);
        assertThat(doc.texts().toString()).doesNotContain("Abu Khalid").doesNotContain("Kafr Nabl");
    }

    @Test
    void everyReasonToRefuseIsNamedAtOnce() {
        Incident pub = published(ariha(), ucdp("1"), confidential("Idlib Observers Network"));
        Incident draft = incident(ariha(), IncidentStatus.DRAFT, false, ucdp("2"));
        ReportDraft d = new ReportDraft("T", ReportLanguage.AR, Selection.all(), "As the Idlib Observers Network told us...",
                Map.of("zzzzzzzzzzzzzzzz", "narrative of nothing"), Set.of(2L, 99L), List.of(), null);
        assertThatThrownBy(() -> assembler.assemble(d, List.of(dossier(pub, statement(2, pub, Consent.INTERNAL_ONLY, "x")), dossier(draft)),
                List.of(), TODAY))
                .isInstanceOfSatisfying(PublicationRefusedException.class, e -> assertThat(e.refusals()).extracting(Refusal::kind)
                        .containsExactlyInAnyOrder(Refusal.Kind.UNPUBLISHED_INCIDENT, Refusal.Kind.UNKNOWN_REFERENCE,
                                Refusal.Kind.TESTIMONY_WITHOUT_CONSENT, Refusal.Kind.UNKNOWN_REFERENCE, Refusal.Kind.RESTRICTED_SOURCE))
                .hasMessageContaining("incident " + draft.publicId()).hasMessageContaining("is draft")
                .hasMessageContaining("statement 2 (Witness 2, Ariha)").hasMessageContaining("internal_only")
                .hasMessageContaining("introduction: it names a source whose dataset is restricted")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Idlib Observers Network").doesNotContain("Mahmoud"));
    }

    @Test
    void aProtectedNameInAnyTextIsRefusedWithoutRepeatingIt() {
        Incident i = published(ariha(), ucdp("1"));
        ReportDraft d = new ReportDraft("T", ReportLanguage.EN, Selection.all(), null,
                Map.of(i.publicId(), "Mahmoud   HADDAD saw the plane."), null, List.of(), null);
        assertThatThrownBy(() -> assembler.assemble(d, List.of(dossier(i)), List.of(), TODAY))
                .hasMessageContaining("incident " + i.publicId() + " narrative: it contains a protected name")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContainIgnoringCase("haddad"));
        Incident quoted = published(ariha(), ucdp("1"));
        assertThatThrownBy(() -> assembler.assemble(ReportDraft.of("T", ReportLanguage.EN, Selection.all()),
                List.of(dossier(quoted, statement(5, quoted, Consent.PUBLISH_ANONYMISED, "My name is Mahmoud Haddad."))), List.of(), TODAY))
                .hasMessageContaining("quote of Witness 5, Ariha");
    }

    @Test
    void aSelectionMatchingNothingSaysSoPlainly() {
        Incident i = published(ariha(), ucdp("1"));
        assertThatThrownBy(() -> assembler.assemble(ReportDraft.of("T", ReportLanguage.EN, Selection.parse("governorate=Raqqa")),
                List.of(dossier(i)), List.of(), TODAY))
                .isInstanceOf(EmptySelectionException.class)
                .hasMessage("no published incident matches the selection (governorate raqqa); nothing was written");
        assertThatThrownBy(() -> assembler.assemble(ReportDraft.of("T", ReportLanguage.EN, Selection.all()), List.of(), List.of(), TODAY))
                .isInstanceOf(EmptySelectionException.class);
    }

    @Test
    void incidentsAreInDateOrderAndTheNarrativeReplacesTheSummary() {
        Incident late = published(org.groundtruth.incident.IncidentForTest.at(35.9, 36.6).on("2015-11-30").summary("imported summary").facts(), ucdp("1"));
        Incident early = published(org.groundtruth.incident.IncidentForTest.at(35.9, 36.6).on("2015-10-01").facts(), ucdp("2"));
        ReportDraft d = new ReportDraft("T", ReportLanguage.EN, Selection.all(), null, Map.of(early.publicId(), "Our words."), null, List.of(), null);
        ReportDocument doc = assembler.assemble(d, List.of(dossier(late), dossier(early)), List.of(), TODAY);
        assertThat(doc.sections()).extracting(s -> s.incident().publicId()).containsExactly(early.publicId(), late.publicId());
        assertThat(doc.sections()).extracting(IncidentSection::narrative).containsExactly("Our words.", "imported summary");
        assertThat(doc.figures().firstDay()).isEqualTo(LocalDate.of(2015, 10, 1));
    }

    @Test
    void whatTheEnginesWroteLosesARestrictedSourcesName() {
        assertThat(ReportAssembler.withoutNames("a single credible independent source (Monitor ZETA)", java.util.List.of("Monitor Zeta")))
                .isEqualTo("a single credible independent source (a confidential source)");
        assertThat(ReportAssembler.withoutNames("two sources", java.util.List.of("Monitor Zeta", " "))).isEqualTo("two sources");
        assertThat(ReportAssembler.withoutNames(null, java.util.List.of("x"))).isNull();
    }
}
