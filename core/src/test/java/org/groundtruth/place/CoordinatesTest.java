package org.groundtruth.place;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CoordinatesTest {

    @Test
    void distanceBetweenArihaAndHmeimimIsAbout95Km() {
        Coordinates ariha = new Coordinates(35.8136, 36.6069);
        Coordinates hmeimim = new Coordinates(35.4011, 35.9487);
        assertThat(ariha.distanceKm(hmeimim)).isCloseTo(75.5, within(2.0));
    }

    @Test
    void refusesOutOfWorldAndHintsAtSwappedValues() {
        assertThatThrownBy(() -> new Coordinates(136.6, 35.4)).hasMessageContaining("swapped");
        assertThatThrownBy(() -> new Coordinates(35.4, 190)).hasMessageContaining("longitude 190");
        assertThatThrownBy(() -> new Coordinates(Double.NaN, 0)).hasMessageContaining("latitude");
    }

    @Test
    void unplacedLocationMustSayUnknown() {
        assertThatThrownBy(() -> new Location(null, LocationPrecision.TOWN, null, "Ariha", null, null, "SY", PlacedBy.NONE))
                .hasMessageContaining("UNKNOWN");
        assertThat(Location.unplaced("Ariha", "Idlib", null, "SY").isPlaced()).isFalse();
    }
}
