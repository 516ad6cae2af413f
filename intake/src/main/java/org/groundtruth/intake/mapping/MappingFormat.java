package org.groundtruth.intake.mapping;

import org.groundtruth.incident.Casualties;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.CountRange;
import org.groundtruth.incident.EventKind;
import org.groundtruth.incident.EventKindCoding;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.Source;
import org.groundtruth.ingest.ImportRejectedException;
import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.ingest.RowProblem;
import org.groundtruth.intake.CsvRecords;
import org.groundtruth.intake.RecordFormat;
import org.groundtruth.intake.RecordSink;
import org.groundtruth.intake.interpret.CivilianObjectKeywords;
import org.groundtruth.intake.interpret.CoordinateCheck;
import org.groundtruth.intake.interpret.Countries;
import org.groundtruth.intake.interpret.DateFormats;
import org.groundtruth.intake.interpret.Texts;
import org.groundtruth.intake.read.CsvRow;
import org.groundtruth.intake.read.CsvTable;
import org.groundtruth.intake.read.InputFile;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.time.IncidentDate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Any CSV table, read through a mapping file (see {@link MappingLoader} and docs/import-mapping.md). */
public final class MappingFormat implements RecordFormat {
    private final MappingSpec spec;
    private final Map<MappingField, DateFormats> dateFormats;

    public MappingFormat(MappingSpec spec) {
        this.spec = spec;
        this.dateFormats = MappedValues.dateFormatsOf(spec);
    }

    public static MappingFormat load(Path mappingFile) {
        return new MappingFormat(MappingLoader.load(mappingFile));
    }

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String dataset() {
        return spec.dataset();
    }

    /** The mapping file's {@code licence:}, else the publisher's terms where the dataset is one Groundtruth knows. */
    @Override
    public java.util.Optional<org.groundtruth.publication.SourceLicence> licence() {
        return spec.licence() != null ? java.util.Optional.of(spec.licence()) : RecordFormat.super.licence();
    }

    @Override
    public void read(InputFile file, RecordSink sink) {
        CsvTable table = CsvTable.open(file, spec.csv());
        List<RowProblem> missing = new ArrayList<>();
        spec.rules().forEach((field, rule) -> {
            for (String column : rule.columnsRead()) {
                if (!table.hasColumn(column)) {
                    missing.add(new RowProblem(spec.file(), 0, (rule.constant() == null ? "fields." : "constants.") + field.key(),
                            "column '" + column + "' is not in " + file.name() + "; its columns are: " + String.join(", ", table.header())));
                }
            }
        });
        for (SkipRule s : spec.skips()) {
            if (s.column() != null && !table.hasColumn(s.column())) {
                missing.add(new RowProblem(spec.file(), 0, s.key() + ".column",
                        "column '" + s.column() + "' is not in " + file.name() + "; its columns are: " + String.join(", ", table.header())));
            }
        }
        if (!missing.isEmpty()) throw new ImportRejectedException(missing);
        CsvRecords.feed(table, sink, spec.skips().isEmpty() ? null : row -> SkipRule.any(spec.skips(), row::text), this::interpret);
    }

    ImportedRecord interpret(CsvRow row) {
        MappedValues v = new MappedValues(spec, dateFormats, Cells.of(row));
        String country = v.text(MappingField.COUNTRY);
        IncidentDate date = v.incidentDate(false);
        Location location = location(v, country);
        CountRange killedMin = v.range(MappingField.KILLED_MIN), killedMax = v.range(MappingField.KILLED_MAX);
        CountRange injuredMin = v.range(MappingField.INJURED_MIN), injuredMax = v.range(MappingField.INJURED_MAX);
        Casualties casualties = new Casualties(combine(row, killedMin, killedMax, MappingField.KILLED_MAX),
                combine(row, injuredMin, injuredMax, MappingField.INJURED_MAX),
                group(v, row, MappingField.CHILDREN_KILLED, MappingField.CHILDREN_KILLED_MIN, MappingField.CHILDREN_KILLED_MAX),
                group(v, row, MappingField.WOMEN_KILLED, MappingField.WOMEN_KILLED_MIN, MappingField.WOMEN_KILLED_MAX),
                group(v, row, MappingField.MEN_KILLED, MappingField.MEN_KILLED_MIN, MappingField.MEN_KILLED_MAX));
        String title = v.text(MappingField.TITLE);
        String summary = v.text(MappingField.SUMMARY);
        String text = v.text(MappingField.TEXT);
        Set<CivilianObject> objects = spec.rule(MappingField.OBJECTS) == null
                ? CivilianObjectKeywords.detect(title, summary, text) : objects(v);
        EventKind kind = kind(v, title, summary, text);
        if (v.row.hasProblems()) return null;
        IncidentFacts facts = new IncidentFacts(title, summary, date, location, casualties, objects,
                v.list(MappingField.PERPETRATORS), v.list(MappingField.WEAPONS), kind);
        Map<String, String> fields = row.fields();
        String id = v.text(MappingField.ID);
        String key = spec.keyPrefix() + ":" + (id != null ? id : ImportedRecord.hashOf(fields).substring(0, 32));
        Source source = new Source(v.text(MappingField.SOURCE_NAME), spec.dataset(), v.text(MappingField.SOURCE_URL));
        return ImportedRecord.of(key, facts, source, Texts.firstNonBlank(text, summary, title), v.text(MappingField.LANGUAGE), fields);
    }

    /**
     * The mapped kind (a code, a label or a common spelling, after the rule's {@code values}); without a kind rule, the
     * kind the row's own words name ("Russian jets struck ..."), as the objects are found without an objects rule.
     */
    private EventKind kind(MappedValues v, String title, String summary, String text) {
        if (spec.rule(MappingField.KIND) == null) return EventKindCoding.fromWords(
                java.util.stream.Stream.of(title, summary, text).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(" | ")));
        String k = v.text(MappingField.KIND);
        if (k == null) return EventKind.UNKNOWN;
        return EventKind.parse(k).orElseGet(() -> {
            v.problem(MappingField.KIND, "'" + k + "' is not an event kind; known are " + String.join(", ", EventKind.codes())
                    + " (translate it with values: in the mapping)");
            return EventKind.UNKNOWN;
        });
    }

    /** A group's killed: one range column ({@code children_killed}), or its minimum and maximum from separate columns. */
    private CountRange group(MappedValues v, CsvRow row, MappingField range, MappingField min, MappingField max) {
        if (spec.rule(min) == null && spec.rule(max) == null) return v.range(range);
        return combine(row, v.range(min), v.range(max), max);
    }

    /** killed_min takes the lower bound of its cell, killed_max the upper: one "3-5" column can feed both. */
    private static CountRange combine(CsvRow row, CountRange minCell, CountRange maxCell, MappingField maxField) {
        Integer min = minCell == null ? null : minCell.min();
        Integer max = maxCell == null ? null : maxCell.max() != null ? maxCell.max() : maxCell.min();
        if (min == null && max == null) return CountRange.UNKNOWN;
        if (min != null && max != null && max < min) {
            row.problem(null, maxField.key() + " " + max + " is below the minimum " + min);
            return CountRange.UNKNOWN;
        }
        return min == null ? CountRange.of(0, max) : CountRange.of(min, max);
    }

    private Location location(MappedValues v, String country) {
        String countryCode = Countries.alpha2(country).orElse(country);
        // read per row: a name the gazetteer cannot use would leave the row unplaced without a word
        if (country != null && Countries.alpha2(country).isEmpty()) {
            v.problem(MappingField.COUNTRY, "'" + country + "' is not a country name or ISO code we know"
                    + " (translate it with values: in the mapping, e.g. values: {Syrie: SY})");
        }
        String place = v.text(MappingField.PLACE);
        String governorate = v.text(MappingField.GOVERNORATE);
        String district = v.text(MappingField.DISTRICT);
        FieldRule lat = spec.rule(MappingField.LAT), lon = spec.rule(MappingField.LON);
        Coordinates point = null;
        if (lat != null && lon != null) {
            Double la = v.degrees(MappingField.LAT), lo = v.degrees(MappingField.LON);
            if (la != null && lo != null) {
                try {
                    point = CoordinateCheck.check(la, lo, country);
                } catch (CoordinateCheck.BadCoordinates e) {
                    v.problem(e.latitudeAtFault() ? MappingField.LAT : MappingField.LON, e.getMessage());
                }
            }
        }
        if (point == null) return Location.unplaced(place, governorate, district, countryCode);
        LocationPrecision precision = LocationPrecision.TOWN;
        String p = v.text(MappingField.LOCATION_PRECISION);
        if (p != null) {
            try {
                precision = LocationPrecision.valueOf(p.strip().toUpperCase(Locale.ROOT));
                if (precision == LocationPrecision.UNKNOWN) precision = LocationPrecision.COUNTRY;
            } catch (IllegalArgumentException e) {
                v.problem(MappingField.LOCATION_PRECISION, "'" + p + "' is not one of exact, neighbourhood, town, district,"
                        + " governorate, country (translate it with values: in the mapping)");
            }
        }
        return new Location(point, precision, null, place, governorate, district, countryCode, PlacedBy.SOURCE);
    }

    private Set<CivilianObject> objects(MappedValues v) {
        EnumSet<CivilianObject> objects = EnumSet.noneOf(CivilianObject.class);
        for (String item : v.list(MappingField.OBJECTS)) {
            CivilianObject.parse(item).ifPresentOrElse(objects::add, () -> v.problem(MappingField.OBJECTS,
                    "'" + item + "' is not a kind of civilian object; translate it in the mapping (values: {\"" + item
                            + "\": other}) to one of residential, market, place_of_worship, medical, school,"
                            + " civil_defence, water_and_power, displacement_camp, other"));
        }
        return objects;
    }
}
