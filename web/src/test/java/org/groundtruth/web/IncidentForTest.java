package org.groundtruth.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.groundtruth.incident.Casualties;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.CountRange;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.time.IncidentDate;

/** Incident facts for tests: {@code IncidentForTest.at(36.0, 36.6).on("2015-11-29").hitting(MARKET).facts()}. */
public final class IncidentForTest {
    private Coordinates point;
    private IncidentDate date = IncidentDate.onDay(LocalDate.of(2015, 10, 1));
    private String title = "Strike";
    private String place;
    private String governorate;
    private String summary;
    private CountRange killed = CountRange.UNKNOWN;
    private final Set<CivilianObject> objects = EnumSet.noneOf(CivilianObject.class);
    private final List<String> perpetrators = new ArrayList<>();

    private IncidentForTest(Coordinates point) {
        this.point = point;
    }

    public static IncidentForTest at(double lat, double lon) {
        return new IncidentForTest(new Coordinates(lat, lon));
    }

    public static IncidentForTest unplaced() {
        return new IncidentForTest(null);
    }

    public IncidentForTest on(String day) {
        date = IncidentDate.onDay(LocalDate.parse(day));
        return this;
    }

    public IncidentForTest on(IncidentDate d) {
        date = d;
        return this;
    }

    public IncidentForTest titled(String t) {
        title = t;
        return this;
    }

    public IncidentForTest in(String placeName, String gov) {
        place = placeName;
        governorate = gov;
        return this;
    }

    public IncidentForTest saying(String text) {
        summary = text;
        return this;
    }

    public IncidentForTest hitting(CivilianObject... hit) {
        objects.addAll(List.of(hit));
        return this;
    }

    public IncidentForTest by(String perpetrator) {
        perpetrators.add(perpetrator);
        return this;
    }

    public IncidentForTest killed(int min, int max) {
        killed = CountRange.of(min, max);
        return this;
    }

    public IncidentFacts facts() {
        Location location = point == null ? Location.unplaced(place, governorate, null, "SY")
                : new Location(point, LocationPrecision.TOWN, null, place, governorate, null, "SY", PlacedBy.SOURCE);
        return new IncidentFacts(title, summary, date, location, Casualties.killed(killed), objects, perpetrators, List.of());
    }
}
