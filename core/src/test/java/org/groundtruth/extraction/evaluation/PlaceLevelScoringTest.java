package org.groundtruth.extraction.evaluation;

import org.groundtruth.extraction.PlaceMention;
import org.groundtruth.extraction.Span;
import org.groundtruth.gazetteer.MatchKind;
import org.groundtruth.gazetteer.Place;
import org.groundtruth.gazetteer.PlaceMatch;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.LocationPrecision;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A place at another level than the truth stays wrong, and is named apart. */
class PlaceLevelScoringTest {
    private static final Place IDLIB_GOVERNORATE = new Place("Idlib", null, List.of(), new Coordinates(35.8, 36.6), LocationPrecision.GOVERNORATE,
            "Idlib", null, "SY", "test");
    private static final Place IDLIB_TOWN = new Place("Idlib", null, List.of(), new Coordinates(35.93, 36.634), LocationPrecision.TOWN, "Idlib", null,
            "SY", "test");
    private static final Coordinates SARAQIB = new Coordinates(35.864, 36.806);

    private static PlaceMention mention(Place p, PlaceMention.Role role) {
        return new PlaceMention(new PlaceMatch(p, MatchKind.EXACT, 1, p.name(), 0, false), p.name(), role, new Span(0, 5));
    }

    @Test
    void aGovernorateForAPointInsideItIsWrongButNamedCoarser() {
        ExtractionScorer scorer = new ExtractionScorer(null);
        Gold.Where saraqib = new Gold.Where(Gold.State.VALUE, null, "Idlib", SARAQIB, 10, false);
        PlaceMention countryside = mention(IDLIB_GOVERNORATE, PlaceMention.Role.AREA);
        assertThat(scorer.placeRight(saraqib, countryside)).isFalse();
        assertThat(ExtractionScorer.otherLevel(saraqib, countryside)).isEqualTo(ExtractionScorer.PLACE_COARSER);

        Gold.Where governorate = new Gold.Where(Gold.State.VALUE, null, "Idlib", SARAQIB, 0, true);
        PlaceMention town = mention(IDLIB_TOWN, PlaceMention.Role.SITE);
        assertThat(scorer.placeRight(governorate, town)).isFalse();
        assertThat(ExtractionScorer.otherLevel(governorate, town)).isEqualTo(ExtractionScorer.PLACE_FINER);

        Gold.Where hama = new Gold.Where(Gold.State.VALUE, null, "Hama", new Coordinates(35.13, 36.75), 10, false);
        assertThat(ExtractionScorer.otherLevel(hama, countryside)).isNull();
    }
}
