package org.groundtruth.incident;

import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.time.IncidentDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test fixture factory for incidents: {@code IncidentForTest.at(36.1, 36.6).on("2015-11-29").hitting(MARKET).facts()}.
 * Each call returns a new builder, so a fixture can be varied without touching the original.
 */
public final class IncidentForTest {
    private String title = "Airstrike on a residential area";
    private String summary;
    private IncidentDate date = IncidentDate.onDay(LocalDate.of(2015, 11, 29));
    private Location location;
    private Casualties casualties = Casualties.UNKNOWN;
    private Set<CivilianObject> objectsHit = Set.of();
    private List<String> perpetrators = List.of();
    private List<String> weapons = List.of();
    private String reportText;
    private String language = "en";
    private Source source = new Source("Test monitor", "test", null);
    private EventKind kind = EventKind.AIR_STRIKE;

    private IncidentForTest(Location location) {
        this.location = location;
    }

    /** An incident placed at these coordinates, to the town, with the coordinates given by the source. */
    public static IncidentForTest at(double lat, double lon) {
        return new IncidentForTest(new Location(new Coordinates(lat, lon), LocationPrecision.TOWN, null, null, null, null,
                "SY", PlacedBy.SOURCE));
    }

    /** An incident known only by its place names. */
    public static IncidentForTest unplaced(String placeName, String governorate) {
        return new IncidentForTest(Location.unplaced(placeName, governorate, null, "SY"));
    }

    private IncidentForTest copy() {
        IncidentForTest c = new IncidentForTest(location);
        c.title = title;
        c.summary = summary;
        c.date = date;
        c.casualties = casualties;
        c.objectsHit = objectsHit;
        c.perpetrators = perpetrators;
        c.weapons = weapons;
        c.reportText = reportText;
        c.language = language;
        c.source = source;
        c.kind = kind;
        return c;
    }

    public IncidentForTest on(String isoDay) {
        return on(IncidentDate.onDay(LocalDate.parse(isoDay)));
    }

    public IncidentForTest on(IncidentDate d) {
        IncidentForTest c = copy();
        c.date = d;
        return c;
    }

    /** An event of this kind; fixtures are air strikes unless told. */
    public IncidentForTest kind(EventKind k) {
        IncidentForTest c = copy();
        c.kind = k;
        return c;
    }

    public IncidentForTest titled(String t) {
        IncidentForTest c = copy();
        c.title = t;
        return c;
    }

    public IncidentForTest summary(String s) {
        IncidentForTest c = copy();
        c.summary = s;
        return c;
    }

    /** Sets the most specific place name and the governorate. */
    public IncidentForTest in(String placeName, String governorate) {
        IncidentForTest c = copy();
        Location l = location;
        c.location = new Location(l.point(), l.precision(), l.radiusMetres(), placeName, governorate, l.district(),
                l.countryCode(), l.placedBy());
        return c;
    }

    public IncidentForTest hitting(CivilianObject... objects) {
        IncidentForTest c = copy();
        c.objectsHit = objects.length == 0 ? Set.of() : EnumSet.copyOf(List.of(objects));
        return c;
    }

    public IncidentForTest by(String... allegedPerpetrators) {
        IncidentForTest c = copy();
        c.perpetrators = List.of(allegedPerpetrators);
        return c;
    }

    public IncidentForTest killed(Integer min, Integer max) {
        IncidentForTest c = copy();
        c.casualties = new Casualties(CountRange.of(min, max), casualties.injured(), casualties.childrenKilled(),
                casualties.womenKilled(), casualties.menKilled());
        return c;
    }

    public IncidentForTest withCasualties(Casualties cs) {
        IncidentForTest c = copy();
        c.casualties = cs;
        return c;
    }

    public IncidentForTest weapons(String... w) {
        IncidentForTest c = copy();
        c.weapons = List.of(w);
        return c;
    }

    /** The text of the report that {@link #record} and {@link #report} make. */
    public IncidentForTest reportText(String text, String lang) {
        IncidentForTest c = copy();
        c.reportText = text;
        c.language = lang;
        return c;
    }

    public IncidentForTest from(Source s) {
        IncidentForTest c = copy();
        c.source = s;
        return c;
    }

    public IncidentFacts facts() {
        return new IncidentFacts(title, summary, date, location, casualties, objectsHit, perpetrators, weapons, kind);
    }

    /** The fields a source row saying these facts would have; they change whenever the facts change. */
    public Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", title);
        f.put("summary", summary);
        f.put("date", date.display());
        f.put("lat", location.point() == null ? null : String.valueOf(location.point().lat()));
        f.put("lon", location.point() == null ? null : String.valueOf(location.point().lon()));
        f.put("place", location.placeName());
        f.put("governorate", location.governorate());
        f.put("killed", casualties.killed().display());
        f.put("objects", String.join(";", new ArrayList<>(objectsHit.stream().map(CivilianObject::code).sorted().toList())));
        f.put("perpetrators", String.join(";", perpetrators));
        f.put("weapons", String.join(";", weapons));
        f.put("text", reportText);
        if (kind != EventKind.AIR_STRIKE) f.put("kind", kind == null ? null : kind.code());
        return f;
    }

    /** An imported source row with this origin key saying these facts. */
    public ImportedRecord record(String originKey) {
        return ImportedRecord.of(originKey, facts(), source, reportText, language, fields());
    }

    /** A report entered by hand with this origin key. */
    public NewReport report(String originKey) {
        Map<String, String> present = new LinkedHashMap<>();
        fields().forEach((k, v) -> {
            if (v != null) present.put(k, v);
        });
        return new NewReport(originKey, source, reportText, language, present);
    }
}
