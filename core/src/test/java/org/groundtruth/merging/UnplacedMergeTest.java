package org.groundtruth.merging;

import org.groundtruth.incident.CountRange;
import org.groundtruth.incident.EventKind;
import org.groundtruth.time.DatePrecision;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports known only by place names are proposed for merging, with a confidence below a placed pair's (decision 0562). */
class UnplacedMergeTest {
    static final long DAY = MergeGridOracleTest.T0;

    static MergeFootprint named(long id, String place, String governorate, Integer killed, long day) {
        return named(id, place, governorate, killed, day, null);
    }

    static MergeFootprint named(long id, String place, String governorate, Integer killed, long day, String text) {
        return MergeFootprint.unplaced(id, day, day + 86_399, DatePrecision.DAY, Set.of(), text == null ? null : TextNormaliser.signature(text),
                EventKind.UNKNOWN, null,
                MergeFootprint.Names.of(place, governorate, "SY", killed == null ? null : CountRange.exactly(killed)));
    }

    static MergeFootprint placed(long id, String place, String governorate, long day) {
        return new MergeFootprint(id, 35.93, 36.63, 5, day, day + 86_399, DatePrecision.DAY, Set.of(), null, EventKind.UNKNOWN, null,
                MergeFootprint.Names.of(place, governorate, "SY", null));
    }

    @Test
    void unplacedReportsOfOneNamedPlaceAndDayAreProposedAsAGroup() {
        List<MergeFootprint> fs = List.of(
                named(1, "Kafr Nabl", "Idlib", 5, DAY, "Warplanes struck the vegetable market of Kafr Nabl, killing five civilians"),
                named(2, "Kafranbel", "Idleb", 6, DAY, "Warplanes struck the vegetable market in Kafranbel killing six civilians"),
                named(3, "Saraqib", "Idlib", 5, DAY, "Warplanes struck the vegetable market of Saraqib, killing five civilians"));
        List<MergeGroup> groups = MergeGroups.propose(fs, MergeParameters.DEFAULT);
        assertThat(groups).hasSize(1);
        assertThat(groups.getFirst().incidentIds()).containsExactly(1L, 2L);
        assertThat(groups.getFirst().links().getFirst().reason()).contains("same place name (neither placed, killed 5 and 6)");
    }

    @Test
    void namesakesInOtherAreasOtherDaysAndIncompatibleTollsAreNot() {
        assertThat(MergeEngine.pairs(List.of(named(1, "Kafr Nabl", "Idlib", 5, DAY), named(2, "Kafr Nabl", "Hama", 5, DAY)), MergeParameters.DEFAULT).size()).isZero();
        assertThat(MergeEngine.pairs(List.of(named(1, "Kafr Nabl", "Idlib", 5, DAY), named(2, "Kafr Nabl", "Idlib", 5, DAY + 86_400)), MergeParameters.DEFAULT).size()).isZero();
        assertThat(MergeEngine.pairs(List.of(named(1, "Kafr Nabl", "Idlib", 2, DAY), named(2, "Kafr Nabl", "Idlib", 40, DAY)), MergeParameters.DEFAULT).size()).isZero();
        // two different named places in one area are two events by their names
        assertThat(MergeEngine.pairs(List.of(named(1, "Kafr Nabl", "Idlib", null, DAY), named(2, "Saraqib", "Idlib", null, DAY)), MergeParameters.DEFAULT).size()).isZero();
    }

    @Test
    void theWeakerTheEvidenceTheLowerTheConfidence() {
        double townCentroids = MergeScore.candidate(placed(1, "Kafr Nabl", "Idlib", DAY), placed(2, "Kafr Nabl", "Idlib", DAY), 0).confidence();
        double sameName = MergeScore.candidate(named(1, "Kafr Nabl", "Idlib", null, DAY), named(2, "Kafr Nabl", "Idlib", null, DAY), 0).confidence();
        double sameArea = MergeScore.candidate(named(1, "Kafr Nabl", "Idlib", null, DAY), named(2, null, "Idlib", null, DAY), 0).confidence();
        assertThat(sameName).isLessThanOrEqualTo(townCentroids);
        assertThat(sameArea).isLessThan(sameName);
        assertThat(MergeEngine.pairs(List.of(named(1, "Kafr Nabl", "Idlib", null, DAY), named(2, null, "Idlib", null, DAY)), MergeParameters.DEFAULT).size()).isOne();
    }

    @Test
    void namedPairsEqualTheOracle() {
        Random rnd = new Random(562);
        String[] places = {"Kafr Nabl", "Kafranbel", "Saraqib", "Ariha", null};
        String[] areas = {"Idlib", "Hama", null};
        for (int round = 0; round < 20; round++) {
            List<MergeFootprint> fs = new ArrayList<>(MergeGridOracleTest.generate(round, new double[][]{{35.93, 36.63}}, 3, 60, MergeParameters.DEFAULT));
            for (int i = 0; i < 80; i++) {
                String place = places[rnd.nextInt(places.length)], area = areas[rnd.nextInt(areas.length)];
                if (place == null && area == null) area = "Idlib";
                Integer killed = rnd.nextBoolean() ? null : rnd.nextInt(30);
                long day = DAY + rnd.nextInt(4) * 86_400L;
                fs.add(rnd.nextInt(4) == 0 ? new MergeFootprint(10_000 + i, 35.9, 36.6, 5, day, day + 86_399, DatePrecision.DAY, Set.of(), null,
                        EventKind.values()[rnd.nextInt(EventKind.values().length)], null, MergeFootprint.Names.of(place, area, "SY", null))
                        : named(10_000 + i, place, area, killed, day));
            }
            MergeGridOracleTest.assertSame(fs, MergeParameters.DEFAULT);
        }
    }
}
