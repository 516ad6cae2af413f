package org.groundtruth.matching;

import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.EventKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 10 item 3: the score is a likelihood ratio that rewards what the evidence supports (decision 0546). */
class ClaimLikelihoodTest {
    private static final MatchParameters P = new MatchParameters(25, TimeSpans.DAY_SECONDS, MatchParameters.DEFAULT_LAG_SECONDS);
    private static final long D = FootprintForTest.day("2016-09-19");

    private static MatchCandidate pair(IncidentFootprint i, ClaimFootprint c) {
        List<MatchCandidate> found = new BruteForceMatcher(P).match(List.of(i), List.of(c));
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void anExactRecordAtTheClaimedPlaceOutranksAGovernorateOneNearby() {
        // the claim names a locality the gazetteer placed (assumed error 10 km) and codes the mosque it hit as "water"
        var claim = FootprintForTest.claim(1).radiusKm(10).claiming("water pumping station").stated(D + 20 * 3600).claim();
        var exact = FootprintForTest.incident(2).radiusKm(0.1).hit(CivilianObject.PLACE_OF_WORSHIP).kind(EventKind.AIR_STRIKE).incident();
        double[] p = FootprintForTest.destination(36.2, 37.15, 15, 90);
        var governorate = FootprintForTest.incident(3).at(p[0], p[1]).radiusKm(75).kind(EventKind.AIR_STRIKE).incident();
        MatchCandidate good = pair(exact, claim), vague = pair(governorate, claim);
        assertThat(good.score()).isGreaterThan(vague.score());
        // a record that could lie anywhere in a governorate explains the claim no better than chance
        assertThat(MatchScore.likelihood(governorate, claim, vague.distanceKm()).place()).isLessThan(1);
        assertThat(good.reason()).contains("target ×0.8").contains("likelihood ratio");
    }

    @Test
    void aClaimPostedDaysAfterTheStrikeIsFoundAndPreferredToOneBeforeIt() {
        var incident = FootprintForTest.incident(1).onDay("2016-09-19").kind(EventKind.AIR_STRIKE).incident();
        // dated by its posting day, two days after the strike: outside a symmetric ±1 day, inside the lag
        var twoDaysLater = FootprintForTest.claim(2).onDay("2016-09-21").stated(D + 2 * 86_400 + 9 * 3600).claim();
        assertThat(new BruteForceMatcher(MatchParameters.withinKmAndDays(25, 1)).match(List.of(incident), List.of(twoDaysLater))).isEmpty();
        assertThat(pair(incident, twoDaysLater).offsetDays()).isEqualTo(2);
        // a day after the strike is likelier than a day before it: parties post after they strike
        var nextDay = FootprintForTest.claim(3).onDay("2016-09-20").stated(D + 86_400 + 9 * 3600).claim();
        var dayBefore = FootprintForTest.claim(4).onDay("2016-09-18").stated(D - 86_400 + 9 * 3600).claim();
        assertThat(pair(incident, nextDay).score()).isGreaterThan(3 * pair(incident, dayBefore).score());
        // a claim that dates the strike itself (posted later) is read by its date, not by its posting day
        var datedItself = FootprintForTest.claim(5).onDay("2016-09-19").stated(D + 3 * 86_400).claim();
        assertThat(pair(incident, datedItself).score()).isGreaterThan(pair(incident, nextDay).score());
        // an incident that began after the statement cannot be what it reports
        var early = FootprintForTest.claim(6).onDay("2016-09-18").stated(D - 86_400 + 3600).claim();
        var later = FootprintForTest.incident(7).onDay("2016-09-19").kind(EventKind.AIR_STRIKE).incident();
        assertThat(MatchScore.likelihood(later, early, 0).time()).isLessThan(0.05);
    }

    @Test
    void theTargetIsASoftFactorThatNeverOutweighsPlaceAndTime() {
        var claim = FootprintForTest.claim(1).radiusKm(10).claiming("water station").claim();
        var mosqueHere = FootprintForTest.incident(2).radiusKm(0.1).hit(CivilianObject.PLACE_OF_WORSHIP).incident();
        double[] p = FootprintForTest.destination(36.2, 37.15, 12, 0);
        var waterFar = FootprintForTest.incident(3).at(p[0], p[1]).radiusKm(0.1).hit(CivilianObject.WATER_AND_POWER).incident();
        assertThat(pair(mosqueHere, claim).score()).isGreaterThan(pair(waterFar, claim).score());
        var l = MatchScore.likelihood(mosqueHere, claim, 0);
        assertThat(l.target()).isEqualTo(MatchScore.OTHER_TARGET);
        assertThat(MatchScore.SAME_TARGET / MatchScore.OTHER_TARGET).isLessThan(2);
    }

    @Test
    void incidentsAtOneGazetteerPointAreTiedOnPlaceAndTimeAndTheReasonSaysWhatBrokeTheTie() {
        var claim = FootprintForTest.claim(9).claiming("market used by terrorists").claim();
        var market = FootprintForTest.incident(1).hit(CivilianObject.MARKET).kind(EventKind.AIR_STRIKE).incident();
        var other = FootprintForTest.incident(2).kind(EventKind.AIR_STRIKE).incident();
        var twin = FootprintForTest.incident(3).kind(EventKind.AIR_STRIKE).incident();
        List<MatchCandidate> found = new BruteForceMatcher(P).match(List.of(market, other, twin), List.of(claim));
        assertThat(ClaimRanking.ranked(found).get(0).incidentId()).isEqualTo(1);
        Map<Integer, String> notes = ClaimRanking.tieNotes(found);
        assertThat(notes.get(0)).isEqualTo("tied on place and time with incidents 2, 3: the target and kind rank this one above");
        assertThat(notes.get(1)).isEqualTo("tied on place and time with incidents 1, 3: the target and kind rank this one below");
        var alone = new BruteForceMatcher(P).match(List.of(other, twin), List.of(claim));
        assertThat(ClaimRanking.tieNotes(alone).get(0)).isEqualTo("tied on place and time with incident 3: nothing else tells them apart");
    }
}
