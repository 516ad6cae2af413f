package org.groundtruth.textintake;

import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.EventKind;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.incident.Report;
import org.groundtruth.incident.Source;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The incidents a candidate may describe, scored as the merge engine scores two incidents. */
class IncidentProposalsTest {
    static long ids = 100;

    static Incident incident(IncidentForTest f, String reportText) {
        long id = ids++;
        IncidentFacts facts = f.facts();
        return new Incident(id, "k3x9q2m7t4v8w1z" + (char) ('a' + id % 26), facts, IncidentStatus.DRAFT, false,
                List.of(new Report(id, id, "t:" + id, new Source("S", "test", null), reportText, "en", Instant.EPOCH, Instant.EPOCH, 1)),
                Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void theSameStrikeRanksFirstAndFarOrOtherKindsAreLeftOut() {
        NewText t = IntakeForTest.pasted(IntakeForTest.EXAMPLE);
        IncidentFacts candidate = Acceptance.newIncident(AcceptanceTest.stored(t), AcceptanceTest.candidate(t, 0), Corrections.NONE, null).facts();
        Incident same = incident(IncidentForTest.at(35.614, 36.561).on("2015-11-29").hitting(CivilianObject.OTHER).in("Kafr Nabl", "Idlib"),
                "Warplanes struck a bakery in Kafr Nabl, killing 12 civilians including 5 children");
        Incident near = incident(IncidentForTest.at(35.70, 36.62).on("2015-11-30").in("Arnaba", "Idlib"), "Shelling reported");
        Incident far = incident(IncidentForTest.at(35.93, 36.63).on("2015-11-29").in("Idlib", "Idlib"), "A strike in Idlib city");
        Incident battle = incident(IncidentForTest.at(35.615, 36.562).on("2015-11-29").kind(EventKind.GROUND_FIGHTING).in("Kafr Nabl", "Idlib"),
                "Clashes in Kafr Nabl");
        List<IncidentProposals.Proposal> ps = IncidentProposals.rank(candidate, IntakeForTest.EXAMPLE, List.of(near, far, battle, same));
        assertThat(ps).extracting(p -> p.incident().id()).containsExactly(same.id(), near.id());
        assertThat(ps.get(0).confidence()).isGreaterThan(ps.get(1).confidence());
        assertThat(ps.get(0).reason()).isNotBlank();
        assertThat(ps.get(0).distanceKm()).isLessThan(0.5);
    }

    @Test
    void anUnplacedCandidateIsComparedByItsPlaceNameAndGovernorate() {
        IncidentFacts unplaced = IncidentForTest.unplaced("Kafr Nabl", "Idlib").on("2015-11-29").facts();
        Incident named = incident(IncidentForTest.at(35.614, 36.561).on("2015-11-29").in("Kafr Nabl", "Idlib"), "A strike on Kafr Nabl");
        Incident otherTown = incident(IncidentForTest.at(35.70, 36.62).on("2015-11-29").in("Arnaba", "Idlib"), "A strike on Arnaba");
        Incident namesakeElsewhere = incident(IncidentForTest.at(34.9, 36.7).on("2015-11-29").in("Kafr Nabl", "Hama"), "A strike");
        Incident dayAfter = incident(IncidentForTest.at(35.614, 36.561).on("2015-12-03").in("Kafr Nabl", "Idlib"), "Later");
        List<IncidentProposals.Proposal> ps = IncidentProposals.rank(unplaced, "warplanes struck Kafr Nabl",
                List.of(otherTown, namesakeElsewhere, dayAfter, named, named));
        assertThat(ps).extracting(p -> p.incident().id()).containsExactly(named.id());
        assertThat(ps.getFirst().distanceKm()).as("no point to measure from").isNull();
        assertThat(ps.getFirst().reason()).isNotBlank();
    }

    @Test
    void aPlacedCandidateMeetsAnUnplacedIncidentOfTheSameNamedPlace() {
        IncidentFacts placed = IncidentForTest.at(35.614, 36.561).on("2015-11-29").in("Kafr Nabl", "Idlib").facts();
        Incident unplaced = incident(IncidentForTest.unplaced("Kafr Nabl", "Idlib").on("2015-11-29"), "A strike on Kafr Nabl");
        Incident unplacedElsewhere = incident(IncidentForTest.unplaced("Saraqib", "Idlib").on("2015-11-29"), "A strike on Saraqib");
        assertThat(IncidentProposals.rank(placed, "text", List.of(unplacedElsewhere, unplaced))).extracting(p -> p.incident().id())
                .containsExactly(unplaced.id());
    }

    @Test
    void aCandidateWithNeitherPointNorGovernorateIsComparedWithNothing() {
        IncidentFacts nowhere = IncidentForTest.unplaced(null, null).on("2015-11-29").facts();
        assertThat(IncidentProposals.rank(nowhere, "text", List.of(incident(IncidentForTest.at(35.6, 36.5).on("2015-11-29"), "x")))).isEmpty();
    }
}
