package org.groundtruth.gazetteer;

import org.groundtruth.place.Coordinates;
import org.groundtruth.place.LocationPrecision;

import java.util.List;

/** Test fixture: {@code PlaceForTest.town("Kafr Zita").in("Hama").at(35.37, 36.60).from("geonames")}. */
final class PlaceForTest {
    private final String name;
    private final LocationPrecision level;
    private String arabic;
    private List<String> alternatives = List.of();
    private String governorate;
    private String district;
    private String country = "SY";
    private String source = "test";
    private Coordinates point = new Coordinates(35, 36);

    private PlaceForTest(String name, LocationPrecision level) {
        this.name = name;
        this.level = level;
    }

    static PlaceForTest town(String name) {
        return new PlaceForTest(name, LocationPrecision.TOWN);
    }

    static PlaceForTest neighbourhood(String name) {
        return new PlaceForTest(name, LocationPrecision.NEIGHBOURHOOD);
    }

    static PlaceForTest governorate(String name, String... alternatives) {
        PlaceForTest p = new PlaceForTest(name, LocationPrecision.GOVERNORATE);
        p.governorate = name;
        p.alternatives = List.of(alternatives);
        return p;
    }

    PlaceForTest in(String governorate) {
        this.governorate = governorate;
        return this;
    }

    PlaceForTest district(String district) {
        this.district = district;
        return this;
    }

    PlaceForTest at(double lat, double lon) {
        this.point = new Coordinates(lat, lon);
        return this;
    }

    PlaceForTest arabic(String arabic) {
        this.arabic = arabic;
        return this;
    }

    PlaceForTest also(String... alternatives) {
        this.alternatives = List.of(alternatives);
        return this;
    }

    PlaceForTest country(String country) {
        this.country = country;
        return this;
    }

    PlaceForTest from(String source) {
        this.source = source;
        return this;
    }

    Place build() {
        return new Place(name, arabic, alternatives, point, level, governorate, district, country, source);
    }
}
