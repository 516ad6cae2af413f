package org.groundtruth.extraction;

import org.groundtruth.gazetteer.PlaceMatch;
import org.groundtruth.place.LocationPrecision;

import java.util.Objects;

/**
 * A place named in the text and the gazetteer entry it was read as.
 *
 * @param match   the gazetteer's place and how well the name matched (for an area named by a governorate, the governorate)
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

    /**
     * How precisely the mention places a strike: a site at its gazetteer entry's level; an area or a reference point
     * around a town ("Manbij countryside", "east of Idlib", "поблизу Херсона") within a district's radius of the town;
     * around a governorate, the governorate.
     */
    public LocationPrecision level() {
        return levelOf(role, match.place().level());
    }

    /** {@link #level()} for a stored mention: its role and its gazetteer entry's level. */
    public static LocationPrecision levelOf(Role role, LocationPrecision entryLevel) {
        if (role == Role.SITE || entryLevel.compareTo(LocationPrecision.GOVERNORATE) >= 0) return entryLevel;
        return entryLevel.compareTo(LocationPrecision.DISTRICT) >= 0 ? entryLevel : LocationPrecision.DISTRICT;
    }

    /** The governorate or oblast the place lies in (its own name for a governorate). */
    public String governorate() {
        return match.place().governorate();
    }
}
