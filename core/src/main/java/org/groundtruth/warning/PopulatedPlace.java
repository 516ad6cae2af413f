package org.groundtruth.warning;

import org.groundtruth.place.Coordinates;

import java.util.Objects;

/**
 * A town or village that can be warned, as plain values (the app builds them from the gazetteer).
 *
 * @param id      stable key of the caller's choosing (used to order equal arrivals and to follow places)
 * @param name    the Latin-script name, for English texts
 * @param nameAr  the Arabic name, or null (English is used)
 * @param nameUk  the Ukrainian name, or null
 * @param point   where it is
 * @param country ISO country code
 * @param admin1  governorate / oblast, or null
 * @param admin2  district / raion, or null
 */
public record PopulatedPlace(String id, String name, String nameAr, String nameUk, Coordinates point, String country, String admin1, String admin2) {
    public PopulatedPlace {
        id = Names.required(id, "place id");
        name = Names.required(name, "place name");
        nameAr = Names.optional(nameAr);
        nameUk = Names.optional(nameUk);
        Objects.requireNonNull(point, "point");
        country = Names.theatre(country);
        admin1 = Names.optional(admin1);
        admin2 = Names.optional(admin2);
    }

    public String nameIn(Language language) {
        return switch (language) {
            case AR -> nameAr != null ? nameAr : name;
            case UK -> nameUk != null ? nameUk : name;
            case EN -> name;
        };
    }
}
