package org.groundtruth.warning;

import java.util.Objects;

/** A governorate/oblast and district/raion of a country, as MQTT topics and subscriptions name them; parts may be null. */
public record AdminArea(String country, String admin1, String admin2) {
    public AdminArea {
        Objects.requireNonNull(country, "country");
    }

    public static AdminArea of(PopulatedPlace p) {
        return new AdminArea(p.country(), p.admin1(), p.admin2());
    }
}
