package org.groundtruth.intake.acled;

import org.groundtruth.incident.Casualties;
import org.groundtruth.incident.CountRange;
import org.groundtruth.incident.EventKindCoding;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.Source;
import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.intake.CsvRecords;
import org.groundtruth.intake.RecordFormat;
import org.groundtruth.intake.RecordSink;
import org.groundtruth.intake.interpret.CivilianObjectKeywords;
import org.groundtruth.intake.interpret.CoordinateCheck;
import org.groundtruth.intake.interpret.Countries;
import org.groundtruth.intake.interpret.Counts;
import org.groundtruth.intake.interpret.DateFormats;
import org.groundtruth.intake.interpret.Texts;
import org.groundtruth.intake.read.CsvOptions;
import org.groundtruth.intake.read.CsvRow;
import org.groundtruth.intake.read.CsvTable;
import org.groundtruth.intake.read.InputFile;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.time.DatePrecision;
import org.groundtruth.time.IncidentDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * ACLED's API export (31 columns). How each column becomes a fact, and why fatalities become a civilian range
 * only for civilian-targeting events, is in docs/decisions/0302-acled-fatalities.md.
 */
public final class AcledFormat implements RecordFormat {
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
            "notes", "fatalities", "tags", "timestamp");
    /** The columns without which a row means nothing; the others may be absent from older exports. */
    static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "time_precision", "event_type",
            "sub_event_type", "actor1", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
            "source", "notes", "fatalities");
    private static final DateFormats DATES = DateFormats.of("uuuu-MM-dd", "d MMMM uuuu", "d MMM uuuu", "d-MMMM-uuuu", "d-MMM-uuuu");
    /** Event types in which actor 1 is the one who attacked (ACLED: "actor 1 and 2 do not imply direction" elsewhere). */
    private static final Set<String> ONE_SIDED_TYPES = Set.of("explosions/remote violence", "violence against civilians");

    @Override
    public String name() {
        return "acled";
    }

    @Override
    public String dataset() {
        return "acled";
    }

    @Override
    public void read(InputFile file, RecordSink sink) {
        CsvTable table = CsvTable.open(file, CsvOptions.STANDARD);
        table.requireColumns(REQUIRED, "ACLED");
        CsvRecords.feed(table, sink, this::interpret);
    }

    ImportedRecord interpret(CsvRow row) {
        String id = row.text("event_id_cnty");
        if (id == null) row.problem("event_id_cnty", "no event id");
        IncidentDate date = date(row);
        String country = row.text("country");
        String iso = row.text("iso");
        Location location = location(row, Texts.firstNonBlank(country, iso));
        Integer fatalities = row.parse("fatalities", Counts::count);
        if (row.hasProblems()) return null;

        String eventType = row.text("event_type");
        String subEventType = row.text("sub_event_type");
        String notes = row.text("notes");
        // exports before 2023 have no civilian_targeting column; there, the victims of "Violence against civilians" are civilians
        boolean civilianTargeting = "Civilian targeting".equalsIgnoreCase(row.text("civilian_targeting"))
                || "Violence against civilians".equalsIgnoreCase(eventType);
        CountRange killed = fatalities == null ? CountRange.UNKNOWN
                : civilianTargeting ? CountRange.exactly(fatalities) : CountRange.of(0, fatalities);
        String title = (subEventType != null ? subEventType : eventType) + " in "
                + Texts.firstNonBlank(location.placeName(), location.governorate(), country, "unknown place");
        IncidentFacts facts = new IncidentFacts(title, notes, date, location, Casualties.killed(killed),
                CivilianObjectKeywords.detect(notes), perpetrators(row, eventType), List.of(),
                EventKindCoding.acled(eventType, subEventType, notes));
        Source source = new Source(row.text("source"), dataset(), null);
        return ImportedRecord.of("acled:" + id, facts, source, notes, "en", row.fields());
    }

    private static IncidentDate date(CsvRow row) {
        LocalDate day = row.parse("event_date", DATES::day);
        String precision = row.text("time_precision");
        if (day == null) {
            if (row.text("event_date") == null) row.problem("event_date", "no event date");
            return null;
        }
        // ACLED codes a week-precise event on the middle of the week and a month-precise one in the month
        return switch (precision == null ? "1" : precision) {
            case "1" -> IncidentDate.onDay(day);
            case "2" -> new IncidentDate(day.minusDays(3), day.plusDays(3), null, null, DatePrecision.WEEK);
            case "3" -> IncidentDate.inMonth(day.getYear(), day.getMonthValue());
            default -> {
                row.problem("time_precision", "'" + precision + "' is not an ACLED time precision (1, 2 or 3)");
                yield null;
            }
        };
    }

    private static Location location(CsvRow row, String country) {
        String place = row.text("location");
        String governorate = row.text("admin1");
        String district = row.text("admin2");
        String countryCode = Countries.alpha2(country).orElse(country);
        Coordinates point = CoordinateCheck.read(row, "latitude", "longitude", country);
        if (point == null) return row.hasProblems() ? null : Location.unplaced(place, governorate, district, countryCode);
        LocationPrecision precision = switch (Texts.firstNonBlank(row.text("geo_precision"), "1")) {
            case "1" -> LocationPrecision.TOWN;
            case "2" -> LocationPrecision.DISTRICT;
            case "3" -> LocationPrecision.GOVERNORATE;
            default -> {
                row.problem("geo_precision", "'" + row.text("geo_precision") + "' is not an ACLED geo precision (1, 2 or 3)");
                yield LocationPrecision.TOWN;
            }
        };
        return new Location(point, precision, null, place, governorate, district, countryCode, PlacedBy.SOURCE);
    }

    private static List<String> perpetrators(CsvRow row, String eventType) {
        if (eventType == null || !ONE_SIDED_TYPES.contains(eventType.toLowerCase(java.util.Locale.ROOT))) return List.of();
        List<String> names = new ArrayList<>();
        String actor1 = row.text("actor1");
        if (actor1 != null) names.add(actor1);
        names.addAll(Texts.split(row.text("assoc_actor_1"), ";"));
        return names;
    }
}
