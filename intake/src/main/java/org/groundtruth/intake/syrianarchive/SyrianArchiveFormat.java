package org.groundtruth.intake.syrianarchive;

import org.groundtruth.incident.Casualties;
import org.groundtruth.incident.EventKindCoding;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.Source;
import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.intake.CsvRecords;
import org.groundtruth.intake.RecordFormat;
import org.groundtruth.intake.RecordSink;
import org.groundtruth.intake.interpret.CasualtyPhrases;
import org.groundtruth.intake.interpret.CivilianObjectKeywords;
import org.groundtruth.intake.interpret.CoordinateCheck;
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
import org.groundtruth.time.IncidentDate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Syrian Archive's violations.csv (R package "syrianarchive"). Rows without coordinates are left unplaced
 * with City as governorate and Neighborhood as place name, for the gazetteer to place. Recording hour and minute
 * are read as Syrian local time, with the offset Asia/Damascus had on that date; 00:00 is taken as "no time"
 * (279 rows have exactly 00:00, far more than any other minute: a placeholder).
 */
public final class SyrianArchiveFormat implements RecordFormat {
    static final List<String> REQUIRED = List.of("Description", "City", "Neighborhood", "Latitude", "Longitude",
            "Reference_Code", "Violation_Type", "Recording_Date", "Recording_Hour", "Recording_Minute", "Source",
            "Youtube_ID", "Weapons_Used", "Video_URL", "Database_ID");
    static final String RUSSIA = "Russian military (alleged)";
    static final String SYRIAN_GOVERNMENT = "Syrian government forces (alleged)";
    static final String COALITION = "US-led coalition (alleged)";
    private static final ZoneId SYRIA = ZoneId.of("Asia/Damascus");
    private static final Pattern RUSSIAN = Pattern.compile(
            "\\brussian (?:war ?planes?|planes?|air ?strikes?|air ?raids?|raids?|jets?|fighter jets?|aircraft|attacks?"
                    + "|bombing|bombardment|helicopters?|air force|shelling|continuous shelling)\\b|\\balleged russian\\b"
                    + "|\\brussia(?:n)? (?:targets?|targeted|targeting|bombs?|bombed|strikes?|struck)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REGIME = Pattern.compile(
            "\\b(?:regime|assad(?:'s)?|syrian government|government forces|syrian army)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COALITION_STRIKE = Pattern.compile(
            "\\b(?:international|us-led|american|u\\.s\\.|the) coalition\\b|\\bcoalition (?:war ?planes?|air ?strikes?|aircraft|jets?)\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "syrian-archive";
    }

    @Override
    public String dataset() {
        return "syrian-archive";
    }

    @Override
    public void read(InputFile file, RecordSink sink) {
        CsvTable table = CsvTable.open(file, CsvOptions.R_EXPORT);
        table.requireColumns(REQUIRED, "Syrian Archive");
        CsvRecords.feed(table, sink, this::interpret);
    }

    ImportedRecord interpret(CsvRow row) {
        String id = row.text("Database_ID");
        if (id == null) id = row.text("Reference_Code");
        if (id == null) row.problem("Database_ID", "neither Database_ID nor Reference_Code is given");
        IncidentDate date = date(row);
        Location location = location(row);
        if (row.hasProblems()) return null;

        String description = row.text("Description");
        String violation = row.text("Violation_Type");
        String weapon = row.text("Weapons_Used");
        IncidentFacts facts = new IncidentFacts(Texts.shorten(description, 140), description, date, location,
                new Casualties(CasualtyPhrases.killed(description), CasualtyPhrases.injured(description), null, null, null),
                CivilianObjectKeywords.detect(description), perpetrators(violation, description),
                weapon == null ? List.of() : Texts.split(weapon, ","), EventKindCoding.syrianArchive(weapon, description));
        String youtube = row.text("Youtube_ID");
        String url = youtube != null && youtube.startsWith("http") ? youtube : row.text("Video_URL");
        Source source = new Source(row.text("Source"), dataset(), url);
        return ImportedRecord.of("syrian-archive:" + id, facts, source, description, "en", row.fields());
    }

    static List<String> perpetrators(String violationType, String description) {
        String text = (violationType == null ? "" : violationType) + " | " + (description == null ? "" : description);
        List<String> names = new ArrayList<>(2);
        if (RUSSIAN.matcher(text).find()) names.add(RUSSIA);
        if (REGIME.matcher(text).find()) names.add(SYRIAN_GOVERNMENT);
        if (COALITION_STRIKE.matcher(text).find()) names.add(COALITION);
        return names;
    }

    private static IncidentDate date(CsvRow row) {
        LocalDate day = row.parse("Recording_Date", DateFormats.ISO::day);
        if (day == null) {
            if (row.text("Recording_Date") == null) row.problem("Recording_Date", "no recording date");
            return null;
        }
        Integer hour = row.parse("Recording_Hour", Counts::count);
        Integer minute = row.parse("Recording_Minute", Counts::count);
        if (hour != null && hour > 23) row.problem("Recording_Hour", "hour " + hour + " is not between 0 and 23");
        if (minute != null && minute > 59) row.problem("Recording_Minute", "minute " + minute + " is not between 0 and 59");
        if (hour == null || row.hasProblems() || (hour == 0 && (minute == null || minute == 0))) return IncidentDate.onDay(day);
        LocalTime time = LocalTime.of(hour, minute == null ? 0 : minute);
        ZoneOffset offset = SYRIA.getRules().getOffset(day.atTime(time));
        return IncidentDate.at(day, time, offset);
    }

    private static Location location(CsvRow row) {
        String governorate = Texts.titleCaseIfUpper(row.text("City"));
        String place = row.text("Neighborhood");
        Coordinates point = CoordinateCheck.read(row, "Latitude", "Longitude", "SY");
        if (point == null) return Location.unplaced(place, governorate, null, "SY");
        // the archive geocoded the neighbourhood or town name, it did not locate the video
        return new Location(point, LocationPrecision.TOWN, null, place, governorate, null, "SY", PlacedBy.SOURCE);
    }
}
