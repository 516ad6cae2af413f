package org.groundtruth.place;

/**
 * How precisely a place is known, as a level. Each level has a typical radius of uncertainty used where
 * no radius in metres was given.
 */
public enum LocationPrecision {
    EXACT(100),
    NEIGHBOURHOOD(1_000),
    TOWN(5_000),
    DISTRICT(25_000),
    GOVERNORATE(75_000),
    COUNTRY(300_000),
    /** Not placed at all: no coordinates. */
    UNKNOWN(0);

    private final int typicalRadiusMetres;

    LocationPrecision(int typicalRadiusMetres) {
        this.typicalRadiusMetres = typicalRadiusMetres;
    }

    public int typicalRadiusMetres() {
        return typicalRadiusMetres;
    }

    public String label() {
        return name().toLowerCase();
    }

    /** The coarsest level whose typical radius still covers the given radius. */
    public static LocationPrecision forRadiusMetres(int metres) {
        for (LocationPrecision p : values()) {
            if (p != UNKNOWN && metres <= p.typicalRadiusMetres) return p;
        }
        return COUNTRY;
    }
}
