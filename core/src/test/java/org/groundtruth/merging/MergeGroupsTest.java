package org.groundtruth.merging;

import org.groundtruth.incident.CivilianObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 10 item 4: groups, not pairs (decision 0549). */
class MergeGroupsTest {
    static final long T = MergeScoreTest.T;

    @Test
    void fiveVideosOfOneStrikeAreOneGroupJoinedByFourMerges() {
        List<MergeFootprint> fs = List.of(
                MergeScoreTest.exact(1, 35.8100, 36.6100, T, Set.of(CivilianObject.MARKET), "Airstrike on Ariha market kills 40"),
                MergeScoreTest.exact(2, 35.8101, 36.6101, T + 120, Set.of(CivilianObject.MARKET), "Ariha market hit, 40 killed"),
                MergeScoreTest.exact(3, 35.8102, 36.6100, T + 300, Set.of(CivilianObject.MARKET), ""),
                MergeScoreTest.exact(4, 35.8100, 36.6102, T + 60, Set.of(), "Massacre in Ariha market"),
                MergeScoreTest.exact(5, 35.8099, 36.6100, T + 240, Set.of(CivilianObject.MARKET), "40 civilians killed in Ariha"),
                MergeScoreTest.exact(9, 35.9000, 36.7000, T, Set.of(), "elsewhere"));
        List<MergeGroup> groups = MergeGroups.propose(fs, MergeParameters.DEFAULT);
        assertThat(groups).hasSize(1);
        MergeGroup g = groups.get(0);
        assertThat(g.incidentIds()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(g.links()).hasSize(4);
        assertThat(g.confidence()).isEqualTo(g.links().stream().mapToDouble(MergeCandidate::confidence).min().orElseThrow());
        assertThat(g.value()).isEqualTo(4 * g.confidence());
    }

    @Test
    void averageLinkageDoesNotChainThroughACrowdedTown() {
        // a, b likely one; b, c likely one; a, c too far apart in time to be a candidate (it counts 0): single linkage
        // would make one incident of all three
        long m = 60;
        List<MergeFootprint> fs = List.of(
                MergeScoreTest.exact(1, 35.81, 36.61, T, Set.of(), ""),
                MergeScoreTest.exact(2, 35.81, 36.61, T + 55 * m, Set.of(), ""),
                MergeScoreTest.exact(3, 35.81, 36.61, T + 110 * m, Set.of(), ""));
        CandidatePairs pairs = MergeEngine.pairs(fs, MergeParameters.DEFAULT);
        assertThat(pairs.size()).isEqualTo(2);
        assertThat(Clusters.of(3, toBuilder(pairs)).multiMemberClusters()).isEqualTo(1);
        List<MergeGroup> groups = MergeGroups.propose(fs, pairs, MergeGroups.DEFAULT_LINK_AT);
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).incidentIds()).hasSize(2);
    }

    private static CandidatePairs.Builder toBuilder(CandidatePairs pairs) {
        var b = new CandidatePairs.Builder();
        for (int k = 0; k < pairs.size(); k++) b.add(pairs.first(k), pairs.second(k), pairs.distanceKm(k));
        return b;
    }
}
