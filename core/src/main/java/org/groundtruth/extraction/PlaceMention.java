package org.groundtruth.extraction;

import org.groundtruth.gazetteer.PlaceMatch;

import java.util.Objects;

/**
 * A place named in the text and the gazetteer entry it was read as.
 *
 * @param match   the gazetteer's place and how well the name matched
 * @param written the name as written
 * @param role    a possible strike site, an area around one ("Idlib countryside", "Харківщина"), or a reference point
 *                ("south of Idlib")
 * @param span    where it is written
 */
public record PlaceMention(PlaceMatch match, String written, Role role, Span span) {
    public enum Role { SITE, AREA, REFERENCE }

    public PlaceMention {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(span, "span");
    }

    /** The governorate or oblast the place lies in (its own name for a governorate). */
    public String governorate() {
        return match.place().governorate();
    }
}
