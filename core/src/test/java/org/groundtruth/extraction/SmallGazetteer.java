package org.groundtruth.extraction;

import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.gazetteer.Place;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.LocationPrecision;

import java.util.List;

/** A handful of real places (coordinates rounded) for extractor tests. */
final class SmallGazetteer {
    private SmallGazetteer() {
    }

    static Place town(String name, String arabic, double lat, double lon, String governorate, String cc, String... alternatives) {
        return new Place(name, arabic, List.of(alternatives), new Coordinates(lat, lon), LocationPrecision.TOWN, governorate, null, cc, "test");
    }

    static Place governorate(String name, String arabic, double lat, double lon, String cc, String... alternatives) {
        return new Place(name, arabic, List.of(alternatives), new Coordinates(lat, lon), LocationPrecision.GOVERNORATE, name, null, cc, "test");
    }

    static final Gazetteer GAZETTEER = new Gazetteer(List.of(
            town("Kafr Nabl", "كفرنبل", 35.614, 36.561, "Idlib", "SY", "Kafranbel", "Kafr Nabel"),
            town("Idlib", "إدلب", 35.930, 36.634, "Idlib", "SY"),
            town("Saraqib", "سراقب", 35.864, 36.806, "Idlib", "SY"),
            town("Arnaba", "أرنبة", 35.700, 36.600, "Idlib", "SY"),
            town("Ariha", "أريحا", 35.813, 36.609, "Idlib", "SY"),
            town("Hama", "حماة", 35.131, 36.757, "Hama", "SY"),
            town("Kharkiv", null, 49.988, 36.232, "Kharkiv Oblast", "UA", "Харків"),
            town("Balakliya", null, 49.462, 36.858, "Kharkiv Oblast", "UA", "Балаклія"),
            governorate("Idlib", "إدلب", 35.8, 36.6, "SY", "Idlib Governorate"),
            governorate("Hama", "حماة", 35.2, 36.9, "SY"),
            governorate("Kharkiv Oblast", null, 49.6, 36.6, "UA", "Kharkivska oblast", "Харківська область")));

    static RuleBasedExtractor extractor() {
        return new RuleBasedExtractor(PlaceLookup.of(GAZETTEER));
    }
}
