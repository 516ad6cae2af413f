package org.groundtruth.gazetteer;

import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.groundtruth.gazetteer.PlaceForTest.governorate;
import static org.groundtruth.gazetteer.PlaceForTest.neighbourhood;
import static org.groundtruth.gazetteer.PlaceForTest.town;

class GazetteerTest {
    // real names and (rounded) coordinates from GeoNames and the Syrian Archive files
    static final List<Place> PLACES = Stream.of(
            governorate("Hama", "Hamah", "Hama Governorate").arabic("حماة").at(35.13, 36.75),
            governorate("Idlib", "Idleb").arabic("إدلب").at(35.93, 36.63),
            governorate("Aleppo").at(36.2, 37.16),
            governorate("Damascus", "Damascus Governorate").at(33.51, 36.29),
            governorate("Rif Dimashq", "Rif-dimashq", "Damascus").at(33.57, 36.40),
            governorate("Kharkiv Oblast", "Kharkivska oblast").country("UA").at(49.6, 36.5),
            town("Kafr Zita").in("Hama").arabic("كفرزيتا").at(35.374, 36.601).from("geonames"),
            town("KafrZita").in("HAMA").at(35.374, 36.601).from("syrian-archive"),
            town("Al Lataminah").in("Hama").at(35.325, 36.626),
            town("Ma‘arrat an Nu‘mān").in("Idlib").at(35.648, 36.674),
            town("Jisr ash-Shughur").in("IDLIB").at(35.8125, 36.321),
            town("Talbisah").in("Homs").at(34.84, 36.73),
            town("Aleppo").in("Aleppo").at(36.2, 37.16),
            town("Rif al-Muhandisin 1").in("Aleppo Governorate").at(36.17, 37.10),
            neighbourhood("Akramiyah").in("ALEPPO").at(36.19, 37.116),
            town("Douma").in("Rif-dimashq").at(33.571, 36.402),
            town("Salma").in("Latakia").at(35.69, 36.05),
            town("Dana").in("Idlib").at(36.218, 36.768).from("geonames"),
            town("Dana").in("Idlib").at(36.22, 36.77).from("syrian-archive"),
            town("Dana").in("Hama").at(35.2, 36.9).from("geonames"),
            town("Kharkiv").in("Kharkiv Oblast").country("UA").at(49.98, 36.25)
    ).map(PlaceForTest::build).toList();

    final Gazetteer gazetteer = new Gazetteer(PLACES);

    private PlaceMatch lookup(String name, String hint) {
        return gazetteer.lookup(name, hint, null).orElseThrow(() -> new AssertionError("no match for " + name));
    }

    @Test
    void matchKindsFromStrictToLoose() {
        assertThat(lookup("kafr zita", "HAMA").kind()).isEqualTo(MatchKind.EXACT);
        assertThat(lookup("Kafr-Zita", "HAMA").kind()).isEqualTo(MatchKind.NORMALISED);
        assertThat(lookup("Kufrzita", "HAMA").kind()).isEqualTo(MatchKind.SKELETON);
        PlaceMatch fuzzy = lookup("Rif al Mohandeseen", "ALEPPO");
        assertThat(fuzzy.kind()).isEqualTo(MatchKind.FUZZY);
        assertThat(fuzzy.editDistance()).isEqualTo(1);
        assertThat(fuzzy.score()).isEqualTo(0.7);
        assertThat(lookup("kafr zita", "HAMA").score()).isEqualTo(1.0);
    }

    @Test
    void realSpellingPairsFindTheSamePlace() {
        assertThat(lookup("latamneh", "HAMA").place().name()).isEqualTo("Al Lataminah");
        assertThat(lookup("Maret Numan", "IDLIB").place().name()).isEqualTo("Ma‘arrat an Nu‘mān");
        assertThat(lookup("Jisr al-Shughur", "IDLIB").place().name()).isEqualTo("Jisr ash-Shughur");
        assertThat(lookup("Talbiseh", "HOMS").place().name()).isEqualTo("Talbisah");
        assertThat(lookup("كَفْرزِيتا", null).place().name()).isEqualTo("Kafr Zita");
    }

    @Test
    void governorateHintsInTheirManySpellingsRestrictTheSearch() {
        for (String hint : List.of("HAMA", "Hama Governorate", "Hamah", "hama", "حماة")) {
            assertThat(lookup("Dana", hint).place().point().lat()).as(hint).isEqualTo(35.2);
        }
        assertThat(gazetteer.lookup("Kafr Zita", "IDLIB", null)).isEmpty();
    }

    @Test
    void fuzzyMatchesStayInsideTheHintedGovernorate() {
        assertThat(gazetteer.lookup("Rif al Mohandeseen", "HAMA", null)).isEmpty();
        assertThat(gazetteer.lookup("Rif al Mohandeseen", null, null)).isPresent();
    }

    @Test
    void aHintMayAdmitSeveralGovernorates() {
        // sources file the Damascus countryside under "Damascus": Rif Dimashq lists it as an alternative name
        assertThat(lookup("Duma", "DAMASCUS").place().name()).isEqualTo("Douma");
        assertThat(gazetteer.governorate("DAMASCUS", null)).map(Place::name).contains("Damascus");
        assertThat(gazetteer.governorate("Rif-dimashq", null)).map(Place::name).contains("Rif Dimashq");
        assertThat(gazetteer.governorate("Kharkivska oblast", "UA")).map(Place::name).contains("Kharkiv Oblast");
    }

    @Test
    void ambiguousNamesPreferTheCorroboratedPlaceAndSaySo() {
        PlaceMatch dana = lookup("Dana", null);
        assertThat(dana.place().governorate()).isEqualTo("Idlib"); // named by two datasets
        assertThat(dana.ambiguous()).isTrue();
        assertThat(dana.score()).isEqualTo(0.9);
        assertThat(lookup("Dana", "Idlib").ambiguous()).isFalse();
    }

    @Test
    void aTownNamedLikeItsGovernorateIsTheTownAndNotAmbiguous() {
        PlaceMatch aleppo = lookup("Aleppo", null);
        assertThat(aleppo.place().level()).isEqualTo(LocationPrecision.TOWN);
        assertThat(aleppo.ambiguous()).isFalse();
        assertThat(lookup("Kharkiv", null).place().level()).isEqualTo(LocationPrecision.TOWN);
    }

    @Test
    void countryCodesInEitherFormRestrictTheSearch() {
        assertThat(gazetteer.lookup("Kharkiv", null, "UKR")).isPresent();
        assertThat(gazetteer.lookup("Kharkiv", null, "Ukraine")).isPresent();
        assertThat(gazetteer.lookup("Kharkiv", null, "SY")).isEmpty();
        assertThat(gazetteer.lookup("Salma", null, "SYR")).isPresent();
        assertThat(org.groundtruth.place.CountryCodes.alpha2("Syria")).isEqualTo("SY");
    }

    @Test
    void placingUsesThePlaceNameWithItsPrecision() {
        Location placed = gazetteer.place(Location.unplaced("Akramiyah", "ALEPPO", null, "SY"));
        assertThat(placed.point()).isEqualTo(new Coordinates(36.19, 37.116));
        assertThat(placed.precision()).isEqualTo(LocationPrecision.NEIGHBOURHOOD);
        assertThat(placed.placedBy()).isEqualTo(PlacedBy.GAZETTEER);
        assertThat(placed.governorate()).isEqualTo("Aleppo"); // spelled as the governorate list spells it
        Location town = gazetteer.place(Location.unplaced("Talbiseh", null, null, null));
        assertThat(town.precision()).isEqualTo(LocationPrecision.TOWN);
        assertThat(town.governorate()).isEqualTo("Homs"); // filled from the place found
        Location duma = gazetteer.place(Location.unplaced("Duma", "DAMASCUS", null, "SY"));
        assertThat(duma.governorate()).isEqualTo("Rif Dimashq"); // where the place lies, which the hint admitted
    }

    @Test
    void governorateSpellingsBecomeTheListsSpelling() {
        Location given = Location.unplaced(null, "Hamah", null, "SY")
                .placedAt(new Coordinates(35.1, 36.7), LocationPrecision.EXACT, PlacedBy.SOURCE);
        assertThat(gazetteer.withCanonicalGovernorate(given).governorate()).isEqualTo("Hama");
        assertThat(gazetteer.withCanonicalGovernorate(given).point()).isEqualTo(given.point());
        Location unknown = Location.unplaced(null, "Narnia", null, "SY");
        assertThat(gazetteer.withCanonicalGovernorate(unknown)).isSameAs(unknown);
        assertThat(gazetteer.canonicalGovernorate("Hama Governorate", "SY")).contains("Hama");
        assertThat(gazetteer.governoratesNamed("DAMASCUS", "SY")).extracting(Place::name).containsExactly("Damascus", "Rif Dimashq");
        assertThat(gazetteer.governoratesNamed("Idleb", null)).extracting(Place::name).containsExactly("Idlib");
    }

    @Test
    void placingFallsBackToDistrictThenGovernorate() {
        Location byDistrict = gazetteer.place(Location.unplaced("Nowhere Street", "Idlib", "Jisr al-Shughur", "SY"));
        assertThat(byDistrict.precision()).isEqualTo(LocationPrecision.DISTRICT);
        assertThat(byDistrict.point()).isEqualTo(new Coordinates(35.8125, 36.321));
        Location byGovernorate = gazetteer.place(Location.unplaced("NA", "HAMA", null, "SY"));
        assertThat(byGovernorate.precision()).isEqualTo(LocationPrecision.GOVERNORATE);
        assertThat(byGovernorate.point()).isEqualTo(new Coordinates(35.13, 36.75));
        Location compound = gazetteer.place(Location.unplaced("Aleppo - Akramiyah quarter", null, null, null));
        assertThat(compound.isPlaced()).isTrue();
    }

    @Test
    void unmatchedLocationsComeBackUnchangedAndPlacedOnesKeepTheirCoordinates() {
        Location nothing = Location.unplaced("Atlantis", "Narnia", null, "SY");
        assertThat(gazetteer.place(nothing)).isSameAs(nothing);
        Location given = Location.unplaced("Kafr Zita", "HAMA", null, "SY")
                .placedAt(new Coordinates(35.0, 36.0), LocationPrecision.EXACT, PlacedBy.SOURCE);
        Location named = gazetteer.place(given);
        assertThat(named.point()).isEqualTo(given.point());
        assertThat(named.precision()).isEqualTo(LocationPrecision.EXACT);
        assertThat(named.placedBy()).isEqualTo(PlacedBy.SOURCE);
        assertThat(named.governorate()).isEqualTo("Hama");
    }

    @Test
    void governoratesAreListedByCountryAndName() {
        assertThat(gazetteer.governorates("SY")).extracting(Place::name)
                .containsExactly("Aleppo", "Damascus", "Hama", "Idlib", "Rif Dimashq");
        assertThat(gazetteer.governorates(null)).hasSize(6);
    }

    // two villages named Tall Hamid 60 km apart in one governorate, and the towns a record may name beside them
    static final List<Place> NAMESAKES = Stream.of(
            governorate("Idlib").at(35.93, 36.63),
            town("Tall Hamid").in("Idlib").at(36.10, 36.70).district("Harim district"),
            town("Tall Hamid").in("Idlib").at(35.60, 36.60).district("Maarat al-Numan district"),
            town("Harim").in("Idlib").at(36.21, 36.52),
            town("Maarat al-Numan").in("Idlib").at(35.648, 36.674),
            town("Kafr Nabl").in("Idlib").at(35.615, 36.561)
    ).map(PlaceForTest::build).toList();

    @Test
    void namesakesAreChosenByTheOtherCluesOfTheRecord() {
        Gazetteer g = new Gazetteer(NAMESAKES);
        // the district as written
        Location byDistrict = g.place(Location.unplaced("Tall Hamid", "Idlib", "Maarat al-Numan district", "SY"));
        assertThat(byDistrict.point().lat()).isEqualTo(35.60);
        assertThat(byDistrict.precision()).isEqualTo(LocationPrecision.TOWN);
        // the other places of the record
        Location byNeighbour = g.place(Location.unplaced("Tall Hamid", "Idlib", null, "SY"), List.of("Harim"));
        assertThat(byNeighbour.point().lat()).isEqualTo(36.10);
        assertThat(g.place(Location.unplaced("Tall Hamid", "Idlib", null, "SY"), List.of("Kafr Nabl")).point().lat()).isEqualTo(35.60);
        // "north of X" in the name itself
        Location north = g.place(Location.unplaced("Tall Hamid, 40 km north of Maarat al-Numan", "Idlib", null, "SY"));
        assertThat(north.point().lat()).isEqualTo(36.10);
        Location south = g.place(Location.unplaced("Tall Hamid (south of Maarat al-Numan)", "Idlib", null, "SY"));
        assertThat(south.point().lat()).isEqualTo(35.60);
    }

    @Test
    void anUncertainChoiceBetweenNamesakesLowersTheStatedPrecision() {
        Gazetteer g = new Gazetteer(NAMESAKES);
        PlaceMatch m = g.lookup("Tall Hamid", "Idlib", "SY").orElseThrow();
        assertThat(m.uncertain()).isTrue();
        assertThat(m.uncertainKm()).isGreaterThan(50);
        Location l = g.place(Location.unplaced("Tall Hamid", "Idlib", null, "SY"));
        assertThat(l.precision()).isEqualTo(LocationPrecision.GOVERNORATE); // 56 km apart: more than a district
        assertThat(l.effectiveRadiusMetres()).isGreaterThanOrEqualTo((int) (m.uncertainKm() * 1000));
        // settled by a clue: no longer uncertain
        assertThat(g.lookup("Tall Hamid", new PlaceClues("Idlib", "Harim district", "SY", List.of())).orElseThrow().uncertain()).isFalse();
    }

    @Test
    void northOfAPlaceAlonePlacesAtThatPlaceWithDistrictPrecision() {
        Gazetteer g = new Gazetteer(NAMESAKES);
        Location l = g.place(Location.unplaced("north of Harim", "Idlib", null, "SY"));
        assertThat(l.point().lat()).isEqualTo(36.21);
        assertThat(l.precision()).isEqualTo(LocationPrecision.DISTRICT);
        assertThat(RelativePhrase.parse("5 km south-east of Hama")).map(RelativePhrase::bearingDegrees).contains(135.0);
        assertThat(RelativePhrase.parse("شمال حماة")).map(RelativePhrase::anchor).contains("حماة");
        assertThat(RelativePhrase.parse("Northern Aleppo")).isEmpty();
    }

    @Test
    void aFuzzyMatchNeverBeatsAStrictNameAcrossTheBorder() {
        Gazetteer g = new Gazetteer(Stream.of(
                town("Voronizh").country("UA").at(51.78, 33.46),
                town("Kurskoye").country("UA").at(45.03, 34.94),
                town("Voronezh").country("RU").at(51.67, 39.19),
                town("Kursk").country("RU").at(51.73, 36.18)).map(PlaceForTest::build).toList());
        assertThat(g.lookup("Voronezh", null, "UA").orElseThrow().place().countryCode()).isEqualTo("RU");
        assertThat(g.lookup("Kursk", null, "UA").orElseThrow().place().countryCode()).isEqualTo("RU");
        assertThat(g.lookup("Voronizh", null, "UA").orElseThrow().place().countryCode()).isEqualTo("UA");
        Location placed = g.place(Location.unplaced("Kursk", null, null, "UA"));
        assertThat(placed.countryCode()).isEqualTo("RU");
        // a country whose neighbours the gazetteer does not hold searches only at home
        assertThat(g.lookup("Kursk", null, "SY")).isEmpty();
    }

    @Test
    void placesValidateOnConstruction() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> town(" ").build()).hasMessageContaining("name");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> town("X").country("Syria").build())
                .hasMessageContaining("alpha-2");
    }
}
