package org.groundtruth.warning;

import org.groundtruth.place.Coordinates;

/**
 * A sighting as a form, the API or an MQTT message gave it: text fields, unchecked. The spotter and the post come
 * from the spotter's credentials, not from the message, and the post's location from the spotter's registration.
 *
 * @param spotter    the spotter's pseudonym
 * @param post       the observation post's code
 * @param postPoint  where the post is, when registered; null otherwise
 * @param theatre    ISO country code; may be blank when a base is named
 * @param observedAt ISO-8601 instant or date-time with offset ("2015-11-29T11:35:00+02:00")
 * @param aircraft   a type or alias of the reference table
 * @param count      how many, blank for one
 * @param event      an {@link EventKind} code
 * @param base       a base's code or name, blank when not known
 * @param heading    degrees or a compass point, blank when not seen
 * @param lat        the aircraft's latitude when estimated, blank otherwise
 * @param lon        its longitude
 */
public record SightingInput(String spotter, String post, Coordinates postPoint, String theatre, String observedAt, String aircraft,
                            String count, String event, String base, String heading, String lat, String lon) {
    /** The fields a message (API body, MQTT payload, a replayed log's line) may give; never the spotter, who comes from credentials. */
    public static final java.util.Set<String> FIELDS = java.util.Set.of("post", "theatre", "observedAt", "aircraft", "count", "event", "base",
            "heading", "lat", "lon");

    /** The same fields seen at another time (a replay moves a log to the time it is played at). */
    public SightingInput withObservedAt(String newObservedAt) {
        return new SightingInput(spotter, post, postPoint, theatre, newObservedAt, aircraft, count, event, base, heading, lat, lon);
    }

    /** The same fields from this spotter and post (a replay names the spotter of each line). */
    public SightingInput from(String newSpotter) {
        return new SightingInput(newSpotter, post, postPoint, theatre, observedAt, aircraft, count, event, base, heading, lat, lon);
    }

    public SightingInput withTheatre(String newTheatre) {
        return new SightingInput(spotter, post, postPoint, newTheatre, observedAt, aircraft, count, event, base, heading, lat, lon);
    }
}
