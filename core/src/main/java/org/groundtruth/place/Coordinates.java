package org.groundtruth.place;

/** A WGS84 point. Validates the ranges so that swapped or out-of-world values are refused early. */
public record Coordinates(double lat, double lon) {
    public Coordinates {
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("latitude " + lat + " is outside -90..90"
                    + (lon >= -90 && lon <= 90 && Math.abs(lat) <= 180 ? " (are latitude and longitude swapped?)" : ""));
        }
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("longitude " + lon + " is outside -180..180");
        }
    }

    /** Great-circle distance in kilometres (haversine, mean Earth radius). */
    public double distanceKm(Coordinates o) {
        double dLat = Math.toRadians(o.lat - lat), dLon = Math.toRadians(o.lon - lon);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(o.lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
