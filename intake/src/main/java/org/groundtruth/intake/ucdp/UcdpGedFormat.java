package org.groundtruth.intake.ucdp;

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
import java.util.List;

/**
 * UCDP GED (version 19.1 columns and later). UCDP counts all deaths of an event; only deaths_civilians become
 * the civilian killed count, the total (low, best, high) is kept in the summary and the raw fields
 * (docs/decisions/0303-ucdp-and-acled-precision-levels.md).
 */
public final class UcdpGedFormat implements RecordFormat {
    static final List<String> REQUIRED = List.of("id", "type_of_violence", "dyad_name", "side_a", "side_b",
            "source_article", "source_office", "source_headline", "where_prec", "where_coordinates", "adm_1", "adm_2",
            "latitude", "longitude", "country", "date_prec", "date_start", "date_end", "deaths_civilians", "low",
            "best", "high");
    private static final DateFormats DATES = DateFormats.of("uuuu-MM-dd", "uuuu-MM-dd HH:mm:ss.SSS", "uuuu-MM-dd HH:mm:ss");

    @Override
    public String name() {
        return "ucdp-ged";
    }

    @Override
    public String dataset() {
        return "ucdp-ged";
    }

    @Override
    public void read(InputFile file, RecordSink sink) {
        CsvTable table = CsvTable.open(file, CsvOptions.R_EXPORT);
        table.requireColumns(REQUIRED, "UCDP GED");
        CsvRecords.feed(table, sink, this::interpret);
    }

    ImportedRecord interpret(CsvRow row) {
        String id = row.text("id");
        if (id == null) row.problem("id", "no event id");
        IncidentDate date = date(row);
        Location location = location(row);
        Integer civilians = row.parse("deaths_civilians", Counts::count);
        Integer low = row.parse("low", Counts::count);
        Integer best = row.parse("best", Counts::count);
        Integer high = row.parse("high", Counts::count);
        Integer unknownStatus = row.parse("deaths_unknown", Counts::count); // optional: older exports lack it
        if (row.hasProblems()) return null;

        String headline = row.text("source_headline");
        String article = unquote(row.text("source_article"));
        String where = row.text("where_coordinates");
        String violence = violenceLabel(row.text("type_of_violence"));
        String title = headline != null ? Texts.shorten(headline, 140)
                : violence + " in " + Texts.firstNonBlank(where, location.governorate(), "Syria");
        String summary = "UCDP GED " + violence + ", " + row.text("dyad_name") + ". Deaths: " + best
                + " (low " + low + ", high " + high + "), of them civilians: " + civilians + ".";
        // the dead whose status UCDP could not tell may be civilians: the civilian toll is a range up to them too
        CountRange killed = civilians == null ? CountRange.UNKNOWN
                : unknownStatus == null || unknownStatus == 0 ? CountRange.exactly(civilians) : CountRange.of(civilians, civilians + unknownStatus);
        String sideA = row.text("side_a");
        IncidentFacts facts = new IncidentFacts(title, summary, date, location, Casualties.killed(killed),
                CivilianObjectKeywords.detect(headline), sideA == null ? List.of() : List.of(sideA), List.of(),
                EventKindCoding.ucdp(row.text("type_of_violence"), sideA, row.text("side_b"), headline));
        Source source = new Source(row.text("source_office"), dataset(), null);
        return ImportedRecord.of("ucdp-ged:" + id, facts, source, Texts.firstNonBlank(article, headline), "en", row.fields());
    }

    private static IncidentDate date(CsvRow row) {
        LocalDate start = row.parse("date_start", DATES::day);
        LocalDate end = row.parse("date_end", DATES::day);
        String prec = row.text("date_prec");
        if (start == null || end == null) {
            if (row.text("date_start") == null) row.problem("date_start", "no start date");
            if (row.text("date_end") == null) row.problem("date_end", "no end date");
            return null;
        }
        if (end.isBefore(start)) {
            row.problem("date_end", "the event ends (" + end + ") before it starts (" + start + ")");
            return null;
        }
        DatePrecision declared = switch (prec == null ? "1" : prec) {
            case "1" -> DatePrecision.DAY;
            case "2", "3" -> DatePrecision.WEEK;
            case "4" -> DatePrecision.MONTH;
            case "5" -> DatePrecision.YEAR;
            default -> {
                row.problem("date_prec", "'" + prec + "' is not a UCDP date precision (1 to 5)");
                yield null;
            }
        };
        if (declared == null) return null;
        DatePrecision bySpan = IncidentDate.between(start, end).precision();
        DatePrecision precision = declared.compareTo(bySpan) >= 0 ? declared : bySpan;
        return new IncidentDate(start, end, null, null, precision);
    }

    private static Location location(CsvRow row) {
        String country = row.text("country");
        String countryCode = Countries.alpha2(country).orElse(country);
        String governorate = strip(row.text("adm_1"), " governorate");
        String district = strip(row.text("adm_2"), " district");
        String place = row.text("where_coordinates");
        Coordinates point = CoordinateCheck.read(row, "latitude", "longitude", country);
        if (point == null) return row.hasProblems() ? null : Location.unplaced(place, governorate, district, countryCode);
        String prec = row.text("where_prec");
        Integer radius = null;
        LocationPrecision precision;
        switch (prec == null ? "1" : prec) {
            case "1" -> precision = LocationPrecision.TOWN;       // the named village or town, not the spot
            case "2" -> { precision = LocationPrecision.DISTRICT; radius = 25_000; }
            case "3" -> precision = LocationPrecision.DISTRICT;
            case "4", "5" -> precision = LocationPrecision.GOVERNORATE;
            case "6", "7" -> precision = LocationPrecision.COUNTRY;
            default -> {
                row.problem("where_prec", "'" + prec + "' is not a UCDP location precision (1 to 7)");
                return null;
            }
        }
        return new Location(point, precision, radius, place, governorate, district, countryCode, PlacedBy.SOURCE);
    }

    private static String violenceLabel(String type) {
        return switch (type == null ? "" : type) {
            case "1" -> "state-based conflict";
            case "2" -> "non-state conflict";
            case "3" -> "one-sided violence";
            default -> "event";
        };
    }

    /** "Homs Governorate" is "Homs"; any case of the suffix. */
    static String strip(String name, String lowerSuffix) {
        if (name == null) return null;
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(lowerSuffix)) {
            String s = name.substring(0, name.length() - lowerSuffix.length()).strip();
            return s.isEmpty() ? name : s;
        }
        return name;
    }

    private static String unquote(String s) {
        if (s != null && s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) return s.substring(1, s.length() - 1);
        return s;
    }
}
