package org.groundtruth.extraction;

import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.gazetteer.Place;
import org.groundtruth.gazetteer.PlaceMatch;

import java.util.Optional;

/**
 * The gazetteer as the extractor sees it: the best place for a name, optionally inside a governorate and a country,
 * and the governorate (oblast) entry of a name. {@link #of(Gazetteer)} adapts the gazetteer's public API; an intake
 * decorator adds transliteration; tests may give a small list of places.
 */
public interface PlaceLookup {
    PlaceLookup NONE = new PlaceLookup() {
        @Override
        public Optional<PlaceMatch> lookup(String name, String governorateHint, String countryCode) {
            return Optional.empty();
        }

        @Override
        public Optional<Place> governorate(String name, String countryCode) {
            return Optional.empty();
        }
    };

    Optional<PlaceMatch> lookup(String name, String governorateHint, String countryCode);

    /** The governorate-level place of that name (as the gazetteer spells governorates), or empty. */
    Optional<Place> governorate(String name, String countryCode);

    static PlaceLookup of(Gazetteer gazetteer) {
        return new PlaceLookup() {
            @Override
            public Optional<PlaceMatch> lookup(String name, String governorateHint, String countryCode) {
                return gazetteer.lookup(name, governorateHint, countryCode);
            }

            @Override
            public Optional<Place> governorate(String name, String countryCode) {
                return gazetteer.governorate(name, countryCode);
            }
        };
    }
}
