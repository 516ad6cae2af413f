package org.groundtruth.gazetteer;

import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The places a store's incidents recorded, as a further gazetteer source (decision 0565). Names are fictional. */
class RecordedPlacesTest {
    static final Gazetteer GAZETTEER = new Gazetteer(List.of(
            PlaceForTest.governorate("Rif Dimashq", "Damascus countryside").at(33.5, 36.6).build(),
            PlaceForTest.town("Douma").in("Rif Dimashq").at(33.5722, 36.4026).build()));

    static Location recorded(String name, double lat, double lon, PlacedBy by, LocationPrecision precision) {
        return new Location(new Coordinates(lat, lon), precision, null, name, "Rif Dimashq", null, "SY", by);
    }

    @Test
    void onlyPointsASourceOrAPersonGaveAtTownPrecisionOrFinerAreRecordedPlaces() {
        assertThat(RecordedPlaces.of(recorded("Kafr Testa", 33.51, 36.44, PlacedBy.SOURCE, LocationPrecision.TOWN))).isPresent();
        assertThat(RecordedPlaces.of(recorded("Kafr Testa", 33.51, 36.44, PlacedBy.MANUAL, LocationPrecision.EXACT))).isPresent();
        // a gazetteer's own choice would teach it its own guesses; a district point says nothing of the village
        assertThat(RecordedPlaces.of(recorded("Kafr Testa", 33.51, 36.44, PlacedBy.GAZETTEER, LocationPrecision.TOWN))).isEmpty();
        assertThat(RecordedPlaces.of(recorded("Kafr Testa", 33.51, 36.44, PlacedBy.SOURCE, LocationPrecision.DISTRICT))).isEmpty();
        assertThat(RecordedPlaces.of(Location.unplaced("Kafr Testa", "Rif Dimashq", null, "SY"))).isEmpty();
    }

    @Test
    void aNameRecordedAtAgreeingPointsIsOnePlaceAndNamesakesAreNone() {
        List<Place> places = RecordedPlaces.places(List.of(
                RecordedPlaces.of(recorded("Kafr Testa", 33.510, 36.440, PlacedBy.SOURCE, LocationPrecision.TOWN)).orElseThrow(),
                RecordedPlaces.of(recorded("kafr testa", 33.512, 36.444, PlacedBy.SOURCE, LocationPrecision.TOWN)).orElseThrow(),
                RecordedPlaces.of(recorded("Kafr Testa", 33.530, 36.450, PlacedBy.SOURCE, LocationPrecision.TOWN)).orElseThrow(),
                RecordedPlaces.of(recorded("Tell Namesake", 33.40, 36.30, PlacedBy.SOURCE, LocationPrecision.TOWN)).orElseThrow(),
                RecordedPlaces.of(recorded("Tell Namesake", 33.70, 36.60, PlacedBy.SOURCE, LocationPrecision.TOWN)).orElseThrow()));
        assertThat(places).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Kafr Testa");
            assertThat(p.point().lat()).isCloseTo(33.512, within(1e-9));
            assertThat(p.point().lon()).isCloseTo(36.444, within(1e-9));
            assertThat(p.level()).isEqualTo(LocationPrecision.TOWN);
            assertThat(p.source()).isEqualTo(RecordedPlaces.SOURCE);
        });
    }

    @Test
    void aVillageNoListKnowsIsPlacedWhereAnIncidentRecordedItAndAKnownPlaceStaysTheGazetteers() {
        List<Place> recorded = RecordedPlaces.places(List.of(
                RecordedPlaces.of(recorded("Kafr Testa", 33.51, 36.44, PlacedBy.SOURCE, LocationPrecision.TOWN)).orElseThrow(),
                RecordedPlaces.of(recorded("Douma", 33.60, 36.50, PlacedBy.SOURCE, LocationPrecision.TOWN)).orElseThrow()));
        Placer placer = RecordedPlaces.after(GAZETTEER, RecordedPlaces.gazetteer(recorded, GAZETTEER));

        assertThat(GAZETTEER.place(Location.unplaced("Kafr Testa", "Damascus countryside", null, "SY")).precision())
                .isNotEqualTo(LocationPrecision.TOWN);
        Location village = placer.place(Location.unplaced("Kafr Testa", "Damascus countryside", null, "SY"));
        assertThat(village.precision()).isEqualTo(LocationPrecision.TOWN);
        assertThat(village.point().lat()).isCloseTo(33.51, within(1e-9));

        Location douma = placer.place(Location.unplaced("Douma", "Rif Dimashq", null, "SY"));
        assertThat(douma.point().lat()).isCloseTo(33.5722, within(1e-9));
        // a name neither knows stays as the gazetteer left it
        assertThat(placer.place(Location.unplaced("Nowhere Known", "Rif Dimashq", null, "SY")))
                .isEqualTo(GAZETTEER.place(Location.unplaced("Nowhere Known", "Rif Dimashq", null, "SY")));
    }
}
