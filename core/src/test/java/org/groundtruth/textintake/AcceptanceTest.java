package org.groundtruth.textintake;

import org.groundtruth.extraction.Span;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.CountRange;
import org.groundtruth.incident.EventKind;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.NewReport;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.time.IncidentDate;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A candidate and a person's corrections become an incident's facts and a report that keeps the text whole. */
class AcceptanceTest {

    static StoredText stored(NewText t) {
        return new StoredText(1, t.origin(), TextStatus.OPEN, t.format(), t.source().text(), "ab".repeat(32), null, t.source().language().code(),
                t.source().publishedAt(), t.source().url(), t.source().author(), t.notes(), Instant.EPOCH, "user:rania", null, null, null, null, false);
    }

    static StoredCandidate candidate(NewText t, int k) {
        return new StoredCandidate(40 + k, 1, k + 1, t.candidates().get(k), CandidateStatus.PENDING, null);
    }

    @Test
    void theIssuesExampleBecomesADraftIncidentWithItsValuesAndTheWholeTextAsReport() {
        NewText t = IntakeForTest.pasted(IntakeForTest.EXAMPLE);
        assertThat(t.candidates()).hasSize(1);
        Acceptance a = Acceptance.newIncident(stored(t), candidate(t, 0), Corrections.NONE, null);
        IncidentFacts f = a.facts();
        assertThat(a.incidentId()).isNull();
        assertThat(f.date().firstDay()).isEqualTo(LocalDate.of(2015, 11, 29));
        assertThat(f.location().placeName()).isEqualTo("Kafr Nabl");
        assertThat(f.location().governorate()).isEqualTo("Idlib");
        assertThat(f.location().placedBy()).isEqualTo(PlacedBy.GAZETTEER);
        assertThat(f.casualties().killed()).isEqualTo(CountRange.exactly(12));
        assertThat(f.casualties().childrenKilled()).isEqualTo(CountRange.exactly(5));
        assertThat(f.weapons()).containsExactly("warplane");
        assertThat(f.allegedPerpetrators()).as("Moscow only replies: it is not alleged by this text").isEmpty();
        assertThat(f.kind()).isEqualTo(EventKind.AIR_STRIKE);
        assertThat(f.title()).startsWith("Strike").endsWith("in Kafr Nabl");
        assertThat(f.summary()).contains("12 civilians");
        NewReport r = a.report();
        assertThat(r.text()).isEqualTo(IntakeForTest.EXAMPLE);
        assertThat(r.originKey()).isEqualTo("intake:candidate:40");
        assertThat(r.source().name()).isEqualTo("Civil Defence");
        assertThat(r.source().url()).isEqualTo("https://example.org/news/1");
        assertThat(r.source().dataset()).isEqualTo(Acceptance.DATASET);
        assertThat(r.fields()).containsEntry("sha256", "ab".repeat(32)).containsEntry("published", "2015-11-30T08:00+02:00");
        assertThat(a.corrected()).isEmpty();
    }

    @Test
    void correctionsReplaceWhatWasExtractedAndAreNamed() {
        NewText t = IntakeForTest.pasted(IntakeForTest.EXAMPLE);
        Location ariha = new Location(new Coordinates(35.813, 36.609), LocationPrecision.TOWN, null, "Ariha", "Idlib", null, "SY", PlacedBy.MANUAL);
        Corrections c = new Corrections(null, null, IncidentDate.onDay(LocalDate.of(2015, 11, 29)), ariha,
                Map.of(CandidateValues.Figure.KILLED, new CountRange(12, 14), CandidateValues.Figure.CHILDREN, CountRange.exactly(5)),
                Set.of(CivilianObject.MARKET), null, null, null);
        Acceptance a = Acceptance.newIncident(stored(t), candidate(t, 0), c, "the bakery stood in the market");
        assertThat(a.facts().date()).isEqualTo(IncidentDate.onDay(LocalDate.of(2015, 11, 29)));
        assertThat(a.facts().location()).isEqualTo(ariha);
        assertThat(a.facts().casualties().killed()).isEqualTo(new CountRange(12, 14));
        assertThat(a.facts().objectsHit()).containsExactly(CivilianObject.MARKET);
        assertThat(a.facts().title()).isEqualTo("Strike on a market in Ariha");
        assertThat(a.corrected()).as("the children kept their extracted value").containsExactly("date", "place", "killed", "objects");
        assertThat(a.reason()).isEqualTo("the bakery stood in the market");
    }

    @Test
    void aReviewFormSentBackUnchangedCorrectsNothing() {
        NewText t = IntakeForTest.pasted(IntakeForTest.EXAMPLE);
        Acceptance proposed = Acceptance.newIncident(stored(t), candidate(t, 0), Corrections.NONE, null);
        Acceptance same = Acceptance.newIncident(stored(t), candidate(t, 0), Corrections.of(proposed.facts()), null);
        assertThat(same.facts()).isEqualTo(proposed.facts());
        assertThat(same.corrected()).isEmpty();
        var injured = new org.groundtruth.incident.Casualties(proposed.facts().casualties().killed(), CountRange.exactly(20), null, null, null);
        var f = proposed.facts();
        var edited = new IncidentFacts("Bakery in Kafr Nabl", f.summary(), f.date(), f.location(), injured, f.objectsHit(), f.allegedPerpetrators(), f.weapons(), f.kind());
        assertThat(Acceptance.newIncident(stored(t), candidate(t, 0), Corrections.of(edited), null).corrected())
                .containsExactly("title", "injured", "children");
    }

    @Test
    void aCandidateWithoutADateNeedsOneGiven() {
        NewText t = IntakeForTest.pasted(IntakeForTest.EXAMPLE);
        CandidateValues v = t.candidates().get(0);
        CandidateValues undated = new CandidateValues(v.extent(), null, v.place(), v.places(), v.figures(), v.objects(), v.terms(), v.responses());
        StoredCandidate c = new StoredCandidate(9, 1, 1, undated, CandidateStatus.PENDING, null);
        assertThatThrownBy(() -> Acceptance.newIncident(stored(t), c, Corrections.NONE, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("date:");
        assertThat(Acceptance.newIncident(stored(t), c, new Corrections(null, null, IncidentDate.onDay(LocalDate.of(2015, 11, 29)), null, null, null,
                null, null, null), null).facts().date().firstDay()).isEqualTo(LocalDate.of(2015, 11, 29));
    }

    @Test
    void aPublicSubmissionIsNamedAsSuchNeverByItsSender() {
        NewText t = IntakeForTest.submitted(IntakeForTest.EXAMPLE);
        NewReport r = Acceptance.report(stored(t), candidate(t, 0));
        assertThat(r.source().name()).isEqualTo("Public submission");
        assertThat(r.source().dataset()).isEqualTo(Acceptance.SUBMISSION_DATASET);
        assertThat(r.source().url()).isNull();
    }

    @Test
    void addingToAnExistingIncidentChangesNoFacts() {
        NewText t = IntakeForTest.pasted(IntakeForTest.EXAMPLE);
        Acceptance a = Acceptance.toIncident(77, stored(t), candidate(t, 0), null);
        assertThat(a.incidentId()).isEqualTo(77);
        assertThat(a.facts()).isNull();
        assertThat(a.report().text()).isEqualTo(IntakeForTest.EXAMPLE);
    }

    @Test
    void everyValueKeepsTheSpanOfTheWordsItCameFrom() {
        NewText t = IntakeForTest.pasted(IntakeForTest.EXAMPLE);
        CandidateValues v = t.candidates().get(0);
        String text = IntakeForTest.EXAMPLE;
        assertThat(v.date().span().of(text)).isEqualTo("last night");
        assertThat(v.place().span().of(text)).isEqualTo("Kafr Nabel");
        assertThat(v.figure(CandidateValues.Figure.KILLED).spans()).extracting(s -> s.of(text)).containsExactly("12 civilians");
        assertThat(v.responses()).singleElement().satisfies(r -> assertThat(r.span().of(text)).isEqualTo("fabricated"));
        List<Span> spans = v.spans();
        assertThat(spans).isSorted().allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(text.length()));
    }
}
