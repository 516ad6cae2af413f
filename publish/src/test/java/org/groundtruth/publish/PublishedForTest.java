package org.groundtruth.publish;

import org.groundtruth.incident.Casualties;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.CountRange;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.publication.PublishedIncident;
import org.groundtruth.publication.Republication;
import org.groundtruth.publication.SourceReference;
import org.groundtruth.time.IncidentDate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** Hand-made published incidents with fixed ids, for golden files and rendered reports. */
public final class PublishedForTest {
    static final Instant UPDATED = Instant.parse("2016-01-10T10:00:00Z");
    static final String UCDP = "CC BY 4.0: UCDP Georeferenced Event Dataset (Sundberg and Melander 2013)";
    static final String ACLED = "ACLED Terms of Use: Armed Conflict Location & Event Data Project (ACLED); rows given by their ACLED event ids";

    private PublishedForTest() {
    }

    /** The Ariha market strike: exact time, placed to the town, ranges by group, open and reference-only sources. */
    public static PublishedIncident ariha() {
        return new PublishedIncident("amkt3ariha0000a1", "Strike on Ariha market", "A crowded market was struck at midday; \"two\" warplanes, seen by many.",
                IncidentDate.at(LocalDate.of(2015, 11, 29), LocalTime.of(13, 45), ZoneOffset.ofHours(2)),
                new Location(new Coordinates(35.8126, 36.6096), LocationPrecision.TOWN, null, "Ariha", "Idlib", "Ariha District", "SY", PlacedBy.GAZETTEER),
                new Casualties(CountRange.of(40, 49), CountRange.of(60, null), CountRange.exactly(9), CountRange.of(5, 7), null),
                Set.of(CivilianObject.MARKET, CivilianObject.RESIDENTIAL), List.of("Russian warplanes"), List.of("Su-24", "unguided bombs"),
                false, "fair", List.of("russian_military"), "Russian military",
                List.of(new SourceReference("ucdp-ged", Republication.OPEN, "214804", "SOHR", "https://example.org/sohr/214804", UCDP),
                        new SourceReference("acled", Republication.REFERENCE_ONLY, "SYR7766", null, null, ACLED)),
                1, 4, UPDATED, org.groundtruth.incident.EventKind.AIR_STRIKE);
    }

    /** An incident known from ACLED only: values withheld, given by reference. */
    public static PublishedIncident acledOnly() {
        return new PublishedIncident("bref4acled000002", null, null, IncidentDate.onDay(LocalDate.of(2015, 10, 15)),
                Location.unplaced(null, null, null, "SY"), Casualties.UNKNOWN, Set.of(), List.of(), List.of(), true, null, List.of(), null,
                List.of(new SourceReference("acled", Republication.REFERENCE_ONLY, "SYR6001", null, null, ACLED)), 0, 1, UPDATED,
                org.groundtruth.incident.EventKind.AIR_STRIKE);
    }

    /** A hospital in Hama, a week's precision, joint attribution, an Arabic place name, a district-level radius. */
    public static PublishedIncident hama() {
        return new PublishedIncident("chosp5hama000003", "Strike near a field hospital, Latamneh", "مستشفى ميداني قرب اللطامنة، ريف حماة الشمالي.",
                IncidentDate.between(LocalDate.of(2015, 10, 1), LocalDate.of(2015, 10, 6)),
                new Location(new Coordinates(35.3197, 36.6196), LocationPrecision.DISTRICT, 12_000, "اللطامنة", "Hama", null, "SY", PlacedBy.MANUAL),
                new Casualties(CountRange.of(2, 3), CountRange.UNKNOWN, null, null, null), Set.of(CivilianObject.MEDICAL), List.of(), List.of(),
                false, "weak", List.of("russian_military", "syrian_government"), "Russian military or Syrian government",
                List.of(new SourceReference("syrian-archive", Republication.OPEN, null, "Syrian Archive", "https://example.org/sa/1",
                        "CC BY-SA 4.0: Syrian Archive")), 0, 1, UPDATED, org.groundtruth.incident.EventKind.MISSILE);
    }

    public static List<PublishedIncident> three() {
        return List.of(ariha(), acledOnly(), hama());
    }
}
