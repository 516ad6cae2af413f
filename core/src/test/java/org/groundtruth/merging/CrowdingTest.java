package org.groundtruth.merging;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.groundtruth.merging.MergeScoreTest.townDay;
import static org.groundtruth.merging.MergeScoreTest.withSource;

/** The crowding term (decision 0564): what a place and day are known to hold changes what two records there are. */
class CrowdingTest {
    static final long ROUNDUP = MergeFootprint.sourceKey("https://example.org/roundup-2015-11-29");

    @Test
    void aSourceReportingSeveralStrikesAroundAPlaceAndDaySaysHowManyItHeld() {
        var a = townDay(1, 35.81, 36.61, Set.of(), "");
        var b = withSource(townDay(2, 35.81, 36.61, Set.of(), "Warplanes struck Ariha twice"), ROUNDUP);
        var c = withSource(townDay(3, 35.81, 36.61, Set.of(), "Warplanes struck Ariha twice"), ROUNDUP);
        var elsewhere = townDay(4, 36.20, 37.16, Set.of(), "");
        List<MergeFootprint> all = List.of(a, b, c, elsewhere);
        int[] distinct = Crowding.distinctAtLeast(all, MergeEngine.pairs(all, MergeParameters.DEFAULT));
        assertThat(distinct).containsExactly(2, 2, 2, 1);
        assertThat(Crowding.term(1, 1)).isZero();
        assertThat(Crowding.term(2, 1)).isEqualTo(1);
        assertThat(Crowding.term(9, 1)).isEqualTo(Crowding.CAP - 1);
    }

    @Test
    void anAddressCitedByMoreRecordsThanADocumentListsIsAPublishersAndCountsNothing() {
        long homepage = MergeFootprint.sourceKey("https://monitor.example.org/");
        List<MergeFootprint> all = new java.util.ArrayList<>();
        for (int k = 0; k <= Crowding.DOCUMENT_AT_MOST; k++) all.add(withSource(townDay(k + 1, 35.81 + k * 0.1, 36.61, Set.of(), ""), homepage));
        all.add(withSource(townDay(1000, 35.81, 36.61, Set.of(), ""), homepage));
        int[] distinct = Crowding.distinctAtLeast(all, MergeEngine.pairs(all, MergeParameters.DEFAULT));
        assertThat(distinct[0]).isEqualTo(1);
        assertThat(distinct[all.size() - 1]).isEqualTo(1);
    }

    @Test
    void twoRecordsOfOneTownAndDayAreLessLikelyOneStrikeWhereASourceReportsSeveralThere() {
        var a = townDay(1, 35.81, 36.61, Set.of(), "");
        var b = townDay(2, 35.81, 36.61, Set.of(), "");
        List<MergeFootprint> quiet = List.of(a, b);
        var c = withSource(townDay(3, 35.81, 36.61, Set.of(), ""), ROUNDUP);
        var d = withSource(townDay(4, 35.81, 36.61, Set.of(), ""), ROUNDUP);
        var e = withSource(townDay(5, 35.81, 36.61, Set.of(), ""), ROUNDUP);
        List<MergeFootprint> crowded = List.of(a, b, c, d, e);

        MergeCandidate alone = pair(MergeEngine.propose(quiet, MergeParameters.DEFAULT), 1, 2);
        MergeCandidate amongThree = pair(MergeEngine.propose(crowded, MergeParameters.DEFAULT), 1, 2);
        assertThat(alone.confidence()).isGreaterThan(0.5);
        assertThat(amongThree.confidence()).isLessThan(0.5);
        assertThat(amongThree.reason()).endsWith("; a source reports 3 distinct strikes around this place that day");
        // the groups as proposed: the quiet pair is one incident, the crowded place and day are left to a reviewer
        assertThat(MergeGroups.propose(quiet, MergeParameters.DEFAULT)).hasSize(1);
        assertThat(MergeGroups.propose(crowded, MergeParameters.DEFAULT)).isEmpty();
    }

    @Test
    void aMergeWithoutAReviewerNeedsTheEvidenceItNeededBeforeTheCrowdingTerm() {
        // the labelled pairs end below 0.95: there, what the evidence said with the intercept of 0548 (−0.857)
        assertThat(MergeScore.calibrated(3.0)).isLessThan(0.95);
        assertThat(MergeScore.calibrated(3.9)).isGreaterThanOrEqualTo(0.95);
        // and the map stays monotone across its last knot
        double previous = 0;
        for (double e = -6; e <= 8; e += 0.01) {
            double c = MergeScore.calibrated(e);
            assertThat(c).isGreaterThanOrEqualTo(previous);
            previous = c;
        }
    }

    private static MergeCandidate pair(List<MergeCandidate> candidates, long first, long second) {
        return candidates.stream().filter(c -> c.firstId() == first && c.secondId() == second).findFirst().orElseThrow();
    }
}
