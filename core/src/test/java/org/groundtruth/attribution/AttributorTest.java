package org.groundtruth.attribution;

import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.time.IncidentDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.groundtruth.attribution.Party.*;

class AttributorTest {
    static final WeaponTable TABLE = new WeaponTable(List.of(
            new WeaponReference("SY", "Su-34", List.of("su34"), Set.of(RUSSIAN_MILITARY), "IISS, The Military Balance 2016"),
            new WeaponReference("SY", "Su-24", List.of(), Set.of(RUSSIAN_MILITARY, SYRIAN_GOVERNMENT), "IISS, The Military Balance 2016"),
            new WeaponReference("SY", "Barrel bomb", List.of("barrel bombs"), Set.of(SYRIAN_GOVERNMENT), "HRW 2014"),
            new WeaponReference("UA", "Su-34", List.of(), Set.of(RUSSIAN_MILITARY), "elsewhere")));
    final Attributor attributor = new Attributor(TABLE);

    private Attribution attribute(IncidentFacts f, List<PartyStatement> said, ActivityCounts activity) {
        return attributor.attribute(new AttributionInput(1, f, said, activity, List.of()));
    }

    @Test
    void noEvidenceIsUnknownWithTheReasonSaid() {
        Attribution a = attribute(IncidentForTest.at(35.9, 36.6).facts(), List.of(), null);
        assertThat(a.unknown()).isTrue();
        assertThat(a.verdictLabel()).isEqualTo("unknown");
        assertThat(a.explanation()).contains("no evidence");
        assertThat(a.candidates().stream().mapToDouble(Candidate::probability).sum()).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void activityNearbyAloneNamesNoPartyAndGivesThePriorsInstead() {
        ActivityCounts all = new ActivityCounts(Map.of(RUSSIAN_MILITARY, 228), 228, 25, 30);
        Attribution a = attribute(IncidentForTest.at(35.9, 36.6).facts(), List.of(), all);
        assertThat(a.unknown()).isTrue();
        assertThat(a.candidates().getFirst().party()).isEqualTo(RUSSIAN_MILITARY);
        assertThat(a.explanation()).contains("priors from coded incidents nearby: Russian military 0.");
        assertThat(a.candidates().getFirst().evidenceFor()).anySatisfy(e -> assertThat(e).contains("228 of 228 coded incidents"));
    }

    @Test
    void activityWeighsNoMoreThanOneSourceNamingAParty() {
        // 228 of 228 neighbours name Russia; the incident's one source names the Syrian government
        ActivityCounts all = new ActivityCounts(Map.of(RUSSIAN_MILITARY, 228), 228, 25, 30);
        Attribution a = attribute(IncidentForTest.at(35.9, 36.6).by("Syrian regime warplanes").facts(), List.of(), all);
        assertThat(a.probabilityOf(SYRIAN_GOVERNMENT)).isGreaterThan(a.probabilityOf(RUSSIAN_MILITARY));
        // and a source naming Russia among such neighbours does not become near-certain
        Attribution same = attribute(IncidentForTest.at(35.9, 36.6).by("Russian warplanes").facts(), List.of(), all);
        assertThat(same.probabilityOf(RUSSIAN_MILITARY)).isLessThan(0.95);
    }

    @Test
    void aWeaponFlownByOnlyOnePartyPointsToItAndSaysWhy() {
        IncidentFacts f = IncidentForTest.at(35.9, 36.6).weapons("two Su-34 jets").facts();
        Attribution a = attribute(f, List.of(), null);
        assertThat(a.verdict()).containsExactly(RUSSIAN_MILITARY);
        Candidate ru = a.candidates().getFirst();
        assertThat(ru.evidenceFor()).anySatisfy(e -> assertThat(e).contains("Su-34").contains("IISS"));
        Candidate sy = a.candidates().stream().filter(c -> c.party() == SYRIAN_GOVERNMENT).findFirst().orElseThrow();
        assertThat(sy.evidenceAgainst()).anySatisfy(e -> assertThat(e).contains("not known to be flown"));
    }

    @Test
    void twoPartiesThatFlyTheSameAircraftAndAreBothActiveAreAJointResult() {
        IncidentFacts f = IncidentForTest.at(35.9, 36.6).weapons("Su-24").facts();
        ActivityCounts active = new ActivityCounts(Map.of(RUSSIAN_MILITARY, 6, SYRIAN_GOVERNMENT, 5), 11, 25, 30);
        Attribution a = attribute(f, List.of(), active);
        assertThat(a.verdict()).containsExactlyInAnyOrder(RUSSIAN_MILITARY, SYRIAN_GOVERNMENT);
        assertThat(a.joint()).isTrue();
        assertThat(a.verdictLabel()).isEqualTo("Russian military or Syrian government");
        assertThat(a.explanation()).contains("does not tell these two apart");
    }

    @Test
    void anAdmissionOutweighsTheSourcesAllegation() {
        IncidentFacts f = IncidentForTest.at(35.9, 36.6).by("Syrian regime warplanes").facts();
        Attribution a = attribute(f, List.of(new PartyStatement(US_LED_COALITION, PartyStatement.Kind.ADMISSION, 0,
                "CJTF-OIR civilian casualty report, 2016-04")), null);
        assertThat(a.verdict()).containsExactly(US_LED_COALITION);
        assertThat(a.candidates().getFirst().evidenceFor()).anySatisfy(e -> assertThat(e).contains("admitted"));
    }

    @Test
    void aMatchedClaimAndActivityRaiseTheClaimingParty() {
        IncidentFacts f = IncidentForTest.at(35.9, 36.6).facts();
        ActivityCounts active = new ActivityCounts(Map.of(RUSSIAN_MILITARY, 9, SYRIAN_GOVERNMENT, 1), 10, 25, 30);
        Attribution a = attribute(f, List.of(new PartyStatement(RUSSIAN_MILITARY, PartyStatement.Kind.MATCHED_CLAIM, 0.9,
                "MoD briefing 2015-11-29: Ariha, 4 km")), active);
        assertThat(a.verdict()).containsExactly(RUSSIAN_MILITARY);
        assertThat(a.candidates().getFirst().evidenceFor()).anySatisfy(e -> assertThat(e).contains("9 of 10 coded incidents"));
    }

    @Test
    void ucdpsGovernmentSideIsReadAsRussianOrSyrianFromTheRussianCampaignOn() {
        IncidentFacts f = IncidentForTest.at(35.9, 36.6).on("2015-11-29").by("Government of Syria").facts();
        Attribution a = attributor.attribute(new AttributionInput(1, f, List.of(), null, List.of(), Set.of("ucdp-ged")));
        assertThat(a.verdict()).containsExactlyInAnyOrder(RUSSIAN_MILITARY, SYRIAN_GOVERNMENT);
        assertThat(a.candidates().getFirst().evidenceFor().getFirst()).contains("UCDP codes pro-government strikes");
        IncidentFacts before = IncidentForTest.at(35.9, 36.6).on("2015-06-01").by("Government of Syria").facts();
        assertThat(attributor.attribute(new AttributionInput(1, before, List.of(), null, List.of(), Set.of("ucdp-ged"))).verdict())
                .containsExactly(SYRIAN_GOVERNMENT);
        assertThat(attributor.attribute(new AttributionInput(1, f, List.of(), null, List.of(), Set.of("acled"))).verdict())
                .containsExactly(SYRIAN_GOVERNMENT);
    }

    @Test
    void nightStrikesWeighSlightlyAgainstTheSyrianAirForceAndOtherTheatresRowsAreIgnored() {
        IncidentFacts f = IncidentForTest.at(35.9, 36.6).by("Russian or Syrian government forces")
                .on(IncidentDate.at(LocalDate.of(2015, 11, 29), LocalTime.of(2, 10), ZoneOffset.ofHours(2))).facts();
        Attribution a = attribute(f, List.of(), null);
        assertThat(a.probabilityOf(RUSSIAN_MILITARY)).isGreaterThan(a.probabilityOf(SYRIAN_GOVERNMENT));
        assertThat(a.candidates().stream().filter(c -> c.party() == SYRIAN_GOVERNMENT).findFirst().orElseThrow().evidenceAgainst())
                .anySatisfy(e -> assertThat(e).contains("at night"));
        IncidentFacts ukraine = IncidentForTest.at(50.4, 30.5).weapons("Su-34").facts();
        assertThat(TABLE.matching("SY", "Su-34")).hasSize(1);
        assertThat(TABLE.matching("SY", "Su-340 drone")).isEmpty();
        assertThat(ukraine).isNotNull();
    }
}
