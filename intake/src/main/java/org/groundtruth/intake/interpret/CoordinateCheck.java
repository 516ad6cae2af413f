package org.groundtruth.intake.interpret;

import org.groundtruth.intake.read.CsvRow;
import org.groundtruth.place.Coordinates;

import java.util.Optional;

/**
 * Reads a latitude and longitude and refuses what cannot be right: values outside the world, and points far
 * outside the country the row names. Says when swapping the two would make them right, the commonest mistake.
 */
public final class CoordinateCheck {
    private CoordinateCheck() {
    }

    /** A decimal number of degrees; "36,6" (decimal comma) is refused rather than guessed. */
    public static double degrees(String text) {
        String t = text.strip();
        try {
            double d = Double.parseDouble(t);
            if (!Double.isFinite(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number of degrees (like 36.21)");
        }
    }

    /**
     * Checks a point. The message of the exception says which value is wrong and why.
     *
     * @param country a name or code of the country the source says the point is in, or null
     */
    public static Coordinates check(double lat, double lon, String country) {
        if (lat < -90 || lat > 90) {
            boolean swapped = lon >= -90 && lon <= 90 && Math.abs(lat) <= 180;
            throw new BadCoordinates(true, "latitude " + lat + " is outside the world (-90..90)"
                    + (swapped ? ": are latitude and longitude swapped?" : ""));
        }
        if (lon < -180 || lon > 180) throw new BadCoordinates(false, "longitude " + lon + " is outside the world (-180..180)");
        Optional<Countries.Extent> extent = Countries.extent(country);
        if (extent.isPresent() && !extent.get().contains(lat, lon)) {
            Countries.Extent e = extent.get();
            boolean latitudeFits = lat >= e.minLat() && lat <= e.maxLat();
            if (e.contains(lon, lat)) {
                throw new BadCoordinates(true, "point " + lat + ", " + lon + " is outside " + e.name()
                        + ", but " + lon + ", " + lat + " is inside: are latitude and longitude swapped?");
            }
            throw new BadCoordinates(!latitudeFits, "point " + lat + ", " + lon + " is far outside " + e.name()
                    + " (latitude " + e.minLat() + ".." + e.maxLat() + ", longitude " + e.minLon() + ".." + e.maxLon() + ")"
                    + (lat == 0 && lon == 0 ? "; 0, 0 usually means the coordinates are missing" : ""));
        }
        return new Coordinates(lat, lon);
    }

    /**
     * Reads both cells of a row and checks the point; a problem is put on the column most likely at fault.
     * Null when either cell is blank (the row is then placed from its names) or wrong.
     */
    public static Coordinates read(CsvRow row, String latColumn, String lonColumn, String country) {
        Double lat = row.parse(latColumn, CoordinateCheck::degrees);
        Double lon = row.parse(lonColumn, CoordinateCheck::degrees);
        if (lat == null || lon == null) return null;
        try {
            return check(lat, lon, country);
        } catch (BadCoordinates e) {
            row.problem(e.latitudeAtFault() ? latColumn : lonColumn, e.getMessage());
            return null;
        }
    }

    /** Coordinates refused, saying whether the latitude (else the longitude) is the likely culprit. */
    public static final class BadCoordinates extends IllegalArgumentException {
        private final boolean latitudeAtFault;

        BadCoordinates(boolean latitudeAtFault, String message) {
            super(message);
            this.latitudeAtFault = latitudeAtFault;
        }

        public boolean latitudeAtFault() {
            return latitudeAtFault;
        }
    }
}
