package org.groundtruth.evidence;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a file says about its own making, as read from its EXIF, XMP or QuickTime/MP4 metadata. Nothing here is
 * trusted: it is what the file claims, to be checked by chronolocation and geolocation.
 *
 * @param capturedAt       ISO-8601 as precise as the file is: with an offset or Z when the file gives one
 *                         ("2015-11-29T10:15:00+02:00", QuickTime's UTC "2015-11-29T08:15:00Z"), else local
 *                         ("2015-11-29T10:15:00", time zone unknown); null if none
 * @param capturedAtSource which field the time came from ("Exif SubIFD / Date/Time Original"); null if none
 * @param latitude         GPS latitude in degrees, null if none
 * @param longitude        GPS longitude in degrees, null if none
 * @param device           camera make and model, null if none
 * @param fields           selected tags, "Directory / Tag" to text, sorted
 */
public record CaptureMetadata(String capturedAt, String capturedAtSource, Double latitude, Double longitude, String device,
                              Map<String, String> fields) {
    public static final CaptureMetadata NONE = new CaptureMetadata(null, null, null, null, null, Map.of());

    public CaptureMetadata {
        if ((latitude == null) != (longitude == null)) throw new IllegalArgumentException("GPS needs both latitude and longitude");
        if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180 || latitude.isNaN() || longitude.isNaN())) {
            throw new IllegalArgumentException("GPS position " + latitude + ", " + longitude + " is outside the globe");
        }
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(fields));
    }

    public boolean hasPosition() {
        return latitude != null;
    }
}
