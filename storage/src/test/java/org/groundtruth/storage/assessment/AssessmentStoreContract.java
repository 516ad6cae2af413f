package org.groundtruth.storage.assessment;

import org.groundtruth.audit.AuditLog;
import org.groundtruth.store.Store;
import org.groundtruth.assessment.AssessmentLedger;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.assessment.StoredAssessment;
import org.groundtruth.grading.Grade;
import org.groundtruth.grading.GradeOverride;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.objective.MilitaryObjective;
import org.groundtruth.objective.ObjectiveKind;
import org.groundtruth.objective.ObjectiveLayer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every store's objective layer and assessment ledger must do; run on SQLite and on PostgreSQL. */
public abstract class AssessmentStoreContract {
    protected Store store;
    static final ChangeNote NOTE = ChangeNote.user("amira");

    protected abstract Store newStore() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = newStore();
    }

    @AfterEach
    void close() {
        if (store != null) store.close();
    }

    static MilitaryObjective objective(String name, String wkt, LocalDate from, LocalDate to) {
        return new MilitaryObjective(0, name, ObjectiveKind.AIRBASE, MilitaryObjective.geometryOf(wkt), from, to,
                "Russian military", "IISS Military Balance 2016", null, null);
    }

    @Test
    void objectivesRoundTripWithEveryGeometryAndOpenDates() {
        ObjectiveLayer layer = store.port(ObjectiveLayer.PORT);
        List<MilitaryObjective> added = layer.addAll(List.of(
                objective("Hmeimim", "POINT (35.9487 35.4011)", LocalDate.parse("2015-09-30"), null),
                objective("Front", "LINESTRING (36.5 35.6, 36.7 35.8)", null, LocalDate.parse("2016-03-01")),
                objective("Zone", "POLYGON ((36 35, 37 35, 37 36, 36 35))", null, null)), NOTE);
        assertThat(added).extracting(MilitaryObjective::id).doesNotContain(0L).doesNotHaveDuplicates();
        List<MilitaryObjective> listed = layer.list();
        assertThat(listed).hasSize(3);
        MilitaryObjective hmeimim = listed.getFirst();
        assertThat(hmeimim.name()).isEqualTo("Hmeimim");
        assertThat(hmeimim.geometry().wkt()).isEqualTo("POINT (35.9487 35.4011)");
        assertThat(hmeimim.validFrom()).isEqualTo(LocalDate.parse("2015-09-30"));
        assertThat(hmeimim.validTo()).isNull();
        assertThat(hmeimim.party()).isEqualTo("Russian military");
        assertThat(listed.get(1).geometry().wkt()).isEqualTo("LINESTRING (36.5 35.6, 36.7 35.8)");
        assertThat(listed.get(2).geometry().wkt()).isEqualTo("POLYGON ((36 35, 37 35, 37 36, 36 35))");
        assertThat(layer.find(hmeimim.id())).contains(listed.getFirst());
        assertThat(store.port(AuditLog.PORT).about("objective:" + hmeimim.id())).extracting(e -> e.action()).containsExactly("objective.add");
    }

    @Test
    void objectiveUpdateReplacesAndMissingOneIsNamed() {
        ObjectiveLayer layer = store.port(ObjectiveLayer.PORT);
        MilitaryObjective a = layer.addAll(List.of(objective("Old name", "POINT (36 35)", null, null)), NOTE).getFirst();
        layer.update(a.id(), objective("New name", "POINT (36.1 35.1)", LocalDate.parse("2015-01-01"), LocalDate.parse("2015-12-31")), NOTE);
        MilitaryObjective b = layer.find(a.id()).orElseThrow();
        assertThat(b.name()).isEqualTo("New name");
        assertThat(b.validTo()).isEqualTo(LocalDate.parse("2015-12-31"));
        assertThatThrownBy(() -> layer.update(9999, a, NOTE)).isInstanceOf(NoSuchElementException.class).hasMessageContaining("9999");
    }

    @Test
    void overridesAreKeptAndTheNewestIsInForce() {
        Incident i = store.incidents().create(IncidentForTest.at(35.8, 36.6).facts(), List.of());
        AssessmentLedger ledger = store.port(AssessmentLedger.PORT);
        assertThat(ledger.currentOverride(i.id())).isEmpty();
        GradeOverride first = ledger.override(GradeOverride.of(i.id(), Grade.FAIR, "two witnesses confirmed by phone", "amira"), NOTE);
        assertThat(first.id()).isPositive();
        assertThat(first.at()).isNotNull();
        ledger.override(GradeOverride.of(i.id(), Grade.CONFIRMED, "MoD statement of 2 Dec accepts the strike", "ben"), NOTE);
        assertThat(ledger.currentOverride(i.id()).orElseThrow().grade()).isEqualTo(Grade.CONFIRMED);
        assertThat(ledger.currentOverrides()).extracting(GradeOverride::author).containsExactly("ben");
        assertThat(ledger.effectiveGrade(i.id())).contains(Grade.CONFIRMED);
        ledger.override(GradeOverride.of(i.id(), null, "statement was about another town", "amira"), NOTE);
        assertThat(ledger.currentOverride(i.id())).isEmpty();
        assertThat(ledger.currentOverrides()).isEmpty();
        assertThat(ledger.effectiveGrade(i.id())).isEmpty();
        assertThat(ledger.overrides(i.id())).extracting(GradeOverride::author).containsExactly("amira", "ben", "amira");
        assertThat(ledger.overrides(i.id()).get(1).reason()).isEqualTo("MoD statement of 2 Dec accepts the strike");
        assertThat(store.port(AuditLog.PORT).about("incident:" + i.id())).filteredOn(e -> e.action().equals("grade.override")).hasSize(3);
        assertThat(store.port(AuditLog.PORT).verify()).isEmpty();
    }

    @Test
    void overrideOfAMissingIncidentIsRefusedAndLeavesNothing() {
        assertThatThrownBy(() -> store.port(AssessmentLedger.PORT).override(GradeOverride.of(4242, Grade.WEAK, "x", "y"), NOTE))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("4242");
        assertThat(store.port(AssessmentLedger.PORT).overrides(4242)).isEmpty();
    }

    @Test
    void effectiveGradeIsTheOverrideElseTheComputedOne() {
        Incident i = store.incidents().create(IncidentForTest.at(35.8, 36.6).facts(), List.of());
        AssessmentLedger ledger = store.port(AssessmentLedger.PORT);
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        ledger.saveComputed(List.of(new StoredAssessment(i.id(), Grade.WEAK, List.of("russian_military"), 0.7, t)));
        assertThat(ledger.effectiveGrade(i.id())).contains(Grade.WEAK);
        ledger.override(GradeOverride.of(i.id(), Grade.FAIR, "reason", "amira"), NOTE);
        ledger.saveComputed(List.of(new StoredAssessment(i.id(), Grade.CONTESTED, List.of("unknown"), 0.3, t.plusSeconds(5))));
        assertThat(ledger.effectiveGrade(i.id())).contains(Grade.FAIR);
        StoredAssessment stored = ledger.computed(i.id()).orElseThrow();
        assertThat(stored.computedGrade()).isEqualTo(Grade.CONTESTED);
        assertThat(stored.parties()).containsExactly("unknown");
        assertThat(stored.computedAt()).isEqualTo(t.plusSeconds(5));
        ledger.override(GradeOverride.of(i.id(), null, "back to computed", "amira"), NOTE);
        assertThat(ledger.effectiveGrade(i.id())).contains(Grade.CONTESTED);
    }

    @Test
    void searchFiltersByEffectiveGradeAndAttributedParty() {
        Incident a = store.incidents().create(IncidentForTest.at(35.8, 36.6).titled("a").facts(), List.of());
        Incident b = store.incidents().create(IncidentForTest.at(35.9, 36.7).titled("b").facts(), List.of());
        Incident c = store.incidents().create(IncidentForTest.at(36.0, 36.8).titled("c").facts(), List.of());
        store.incidents().create(IncidentForTest.at(36.1, 36.9).titled("never assessed").facts(), List.of());
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        store.port(AssessmentLedger.PORT).saveComputed(List.of(
                new StoredAssessment(a.id(), Grade.FAIR, List.of("russian_military"), 0.8, t),
                new StoredAssessment(b.id(), Grade.WEAK, List.of("russian_military", "syrian_government"), 0.5, t),
                new StoredAssessment(c.id(), Grade.WEAK, List.of("unknown"), 0.3, t)));
        store.port(AssessmentLedger.PORT).override(GradeOverride.of(c.id(), Grade.CONFIRMED, "admitted on 3 Dec", "ben"), NOTE);

        assertThat(titles(IncidentQuery.all().withGrade("weak"))).containsExactly("b");
        assertThat(titles(IncidentQuery.all().withGrade("CONFIRMED"))).containsExactly("c");
        assertThat(titles(IncidentQuery.all().withParty("russian_military"))).containsExactly("a", "b");
        assertThat(titles(IncidentQuery.all().withParty("syrian_government"))).containsExactly("b");
        assertThat(titles(IncidentQuery.all().withParty("unknown"))).containsExactly("c");
        assertThat(titles(IncidentQuery.all().withParty("russian%"))).isEmpty();
        assertThat(titles(IncidentQuery.all().withGrade("fair").withParty("russian_military"))).containsExactly("a");
        assertThat(store.incidents().stats(IncidentQuery.all().withGrade("weak")).total()).isEqualTo(1);
        var summaries = store.port(AssessmentLedger.PORT).summaries(List.of(a.id(), b.id(), c.id(), 9999L));
        assertThat(summaries).containsOnlyKeys(a.id(), b.id(), c.id());
        assertThat(summaries.get(b.id()).parties()).containsExactly("russian_military", "syrian_government");
        assertThat(summaries.get(c.id()).grade()).isEqualTo(Grade.CONFIRMED);
        assertThat(summaries.get(c.id()).overridden()).isTrue();
        assertThat(summaries.get(a.id()).overridden()).isFalse();
    }

    private List<String> titles(IncidentQuery q) {
        return store.incidents().search(q).items().stream().map(i -> i.facts().title()).sorted().toList();
    }
}
