package org.groundtruth.intake.mapping;

import org.groundtruth.claim.Claim;
import org.groundtruth.claim.ClaimRecord;
import org.groundtruth.claim.ClaimedPlace;
import org.groundtruth.claim.RadiusBasis;
import org.groundtruth.claim.SourceDocument;
import org.groundtruth.gazetteer.Placer;
import org.groundtruth.ingest.ImportRejectedException;
import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.ingest.RowProblem;
import org.groundtruth.intake.interpret.CoordinateCheck;
import org.groundtruth.intake.interpret.Countries;
import org.groundtruth.intake.interpret.DateFormats;
import org.groundtruth.intake.read.CsvTable;
import org.groundtruth.intake.read.InputFile;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.time.IncidentDate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads claims from a CSV or JSON file through a mapping (the same mapping files as incidents, with the claim fields
 * party, stated_at, localities, error_radius_km, claimed_target, sorties; docs/import-mapping.md), or without one
 * through columns named after the fields. Locality names without coordinates are placed with the gazetteer; names it
 * does not know leave the claim unplaced, kept and listed. Every problem names the file, the line and the column.
 */
public final class ClaimMapping {
    /** A claimed place known no better than this is not placed at all: leave its coordinates blank. */
    public static final double MAX_RADIUS_KM = 500;
    public static final String DEFAULT_DATASET = "claims";
    private static final int MAX_PARTY_CHARS = 200;

    private final MappingSpec given;
    private final Placer placer;
    private final Instant recordedAt;

    /** What the mapping made of one row. */
    public interface Sink {
        void claim(long line, ClaimRecord record);

        void problems(List<RowProblem> problems);
    }

    /**
     * @param specOrNull the mapping (see {@link MappingLoader#load(java.nio.file.Path, MappingTarget)}), or null to
     *                   read columns named after the fields
     * @param recordedAt "now": statements and strikes after it are refused as in the future
     */
    public ClaimMapping(MappingSpec specOrNull, Placer placer, Instant recordedAt) {
        this.given = specOrNull;
        this.placer = placer;
        this.recordedAt = recordedAt;
    }

    /** Reads every row of the file ("csv" or "json"), handing on each claim or each row's problems. */
    public void read(InputFile file, String format, Sink sink) {
        switch (format) {
            case "csv" -> {
                CsvTable table = CsvTable.open(file, given == null ? org.groundtruth.intake.read.CsvOptions.STANDARD : given.csv());
                MappingSpec spec = given != null ? given
                        : MappingLoader.identity(file.name(), MappingTarget.CLAIMS, table.header(), DEFAULT_DATASET);
                List<RowProblem> missing = new ArrayList<>();
                spec.rules().forEach((field, rule) -> {
                    for (String column : rule.columnsRead()) {
                        if (!table.hasColumn(column)) {
                            missing.add(new RowProblem(spec.file(), 0, "fields." + field.key(), "column '" + column
                                    + "' is not in " + file.name() + "; its columns are: " + String.join(", ", table.header())));
                        }
                    }
                });
                if (!missing.isEmpty()) throw new ImportRejectedException(missing);
                Reader reader = new Reader(spec);
                table.forEachRow(row -> {
                    if (!SkipRule.any(spec.skips(), row::text)) reader.row(Cells.of(row), sink);
                });
            }
            case "json" -> {
                MappingSpec spec = given != null ? given : MappingLoader.identity(file.name(), MappingTarget.CLAIMS,
                        java.util.Arrays.stream(MappingField.values()).map(MappingField::key).toList(), DEFAULT_DATASET);
                Reader reader = new Reader(spec);
                JsonRows.forEachRow(file, row -> reader.row(row, sink));
            }
            default -> throw new ImportRejectedException(List.of(new RowProblem("(command line)", 0, "--format",
                    "claims are imported from csv or json, not '" + format + "'")));
        }
    }

    /** One spec's reading of rows. */
    private final class Reader {
        private final MappingSpec spec;
        private final Map<MappingField, DateFormats> dateFormats;

        Reader(MappingSpec spec) {
            this.spec = spec;
            this.dateFormats = MappedValues.dateFormatsOf(spec);
        }

        void row(Cells row, Sink sink) {
            ClaimRecord r = null;
            if (!row.hasProblems()) {
                try {
                    r = interpret(row);
                } catch (IllegalArgumentException e) {
                    row.problem(null, e.getMessage());
                }
            }
            if (r == null && !row.hasProblems()) row.problem(null, "the row could not be read");
            if (row.hasProblems()) sink.problems(row.problems());
            else sink.claim(row.line(), r);
        }

        ClaimRecord interpret(Cells row) {
            MappedValues v = new MappedValues(spec, dateFormats, row);
            String party = party(v);
            Stated stated = statedAt(v);
            Instant statedAt = stated == null ? null : stated.at();
            IncidentDate strike = v.incidentDate(true);
            ClaimedPlace place = place(v);
            Integer sorties = sorties(v);
            SourceDocument source = source(v);
            String target = v.text(MappingField.CLAIMED_TARGET);
            if (row.hasProblems()) return null;
            LocalDate latestToday = recordedAt.atOffset(ZoneOffset.ofHours(14)).toLocalDate();
            if (statedAt.isAfter(recordedAt)) {
                v.problem(MappingField.STATED_AT, "the statement time " + statedAt + " is in the future (now " + recordedAt + ")");
            } else if (strike.firstDay().isAfter(latestToday)) {
                v.problem(MappingField.DATE, "the strike date " + strike.display() + " is in the future (today is "
                        + recordedAt.atOffset(ZoneOffset.UTC).toLocalDate() + ")");
            } else if (strike.firstDay().isAfter(stated.localDay())
                    || (strike.instantUtc() != null && strike.instantUtc().isAfter(statedAt))) {
                v.problem(MappingField.DATE, "the strike (" + strike.display() + ") is after the statement (" + statedAt
                        + "): a claim reports strikes that already happened");
            }
            if (row.hasProblems()) return null;
            Claim claim = new Claim(0, party, statedAt, strike, place, target, sorties, source, recordedAt);
            Map<String, String> fields = row.fields();
            String id = v.text(MappingField.ID);
            String key = spec.keyPrefix() + ":" + (id != null ? id : ImportedRecord.hashOf(fields).substring(0, 32));
            return new ClaimRecord(key, spec.dataset(), claim, fields, null);
        }

        private String party(MappedValues v) {
            String raw = v.raw(MappingField.PARTY);
            if (raw == null) {
                v.problem(MappingField.PARTY, "no party: a claim needs the party that made it");
                return null;
            }
            FieldRule rule = spec.rule(MappingField.PARTY);
            if (!rule.translations().isEmpty() && !v.translated(MappingField.PARTY)) {
                v.problem(MappingField.PARTY, "unknown party '" + raw + "': the mapping's values for party do not name it;"
                        + " add it, e.g. values: {\"" + raw + "\": \"Russian Ministry of Defence\"}");
                return null;
            }
            String party = v.text(MappingField.PARTY).strip();
            if (party.codePoints().noneMatch(Character::isLetter)) {
                v.problem(MappingField.PARTY, "'" + party + "' is not a party's name (no letters); name the party, or translate"
                        + " its code with values: in the mapping");
                return null;
            }
            if (party.length() > MAX_PARTY_CHARS) {
                v.problem(MappingField.PARTY, "a party's name of " + party.length() + " characters is too long (at most "
                        + MAX_PARTY_CHARS + "); is the statement's text in the party column?");
                return null;
            }
            return party;
        }

        /** When the statement was made, and the calendar day it was made on where it was made (as written). */
        private record Stated(Instant at, LocalDate localDay) {
        }

        /** A date-time with offset as given; without offset in utc_offset (else UTC); a date alone: the end of that day. */
        private Stated statedAt(MappedValues v) {
            String text = v.text(MappingField.STATED_AT);
            if (text == null) {
                v.problem(MappingField.STATED_AT, "no statement date: a claim needs the date (and time) it was made");
                return null;
            }
            for (DateTimeFormatter f : spec.rule(MappingField.STATED_AT).formatters()) {
                TemporalAccessor t;
                try {
                    t = f.parse(text.strip());
                } catch (DateTimeParseException e) {
                    continue;
                }
                try {
                    if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
                        OffsetDateTime odt = OffsetDateTime.from(t);
                        return new Stated(odt.toInstant(), odt.toLocalDate());
                    }
                    if (t.isSupported(ChronoField.HOUR_OF_DAY)) {
                        LocalDateTime local = LocalDateTime.from(t);
                        ZoneOffset offset = v.text(MappingField.UTC_OFFSET) == null ? ZoneOffset.UTC
                                : v.offset(local.toLocalDate(), local.toLocalTime());
                        return offset == null ? null : new Stated(local.toInstant(offset), local.toLocalDate());
                    }
                    LocalDate day = LocalDate.from(t);
                    ZoneOffset offset = v.text(MappingField.UTC_OFFSET) == null ? ZoneOffset.UTC : v.offset(day, LocalTime.MAX);
                    return offset == null ? null : new Stated(day.atTime(23, 59, 59).toInstant(offset), day);
                } catch (java.time.DateTimeException e) {
                    v.problem(MappingField.STATED_AT, "impossible statement date '" + text + "': " + e.getMessage());
                    return null;
                }
            }
            v.problem(MappingField.STATED_AT, "'" + text + "' is not a statement date in the expected form ("
                    + String.join(" or ", spec.rule(MappingField.STATED_AT).formats()) + ")");
            return null;
        }

        private ClaimedPlace place(MappedValues v) {
            List<String> names = new ArrayList<>(v.list(MappingField.LOCALITIES));
            String placeName = v.text(MappingField.PLACE);
            if (placeName != null && !names.contains(placeName)) names.addFirst(placeName);
            String country = v.text(MappingField.COUNTRY);
            String countryCode = country == null ? null : Countries.alpha2(country).orElse(country);
            String governorate = v.text(MappingField.GOVERNORATE);
            Double radius = v.number(MappingField.ERROR_RADIUS_KM);
            if (radius != null && (radius <= 0 || radius > MAX_RADIUS_KM)) {
                v.problem(MappingField.ERROR_RADIUS_KM, "error radius " + ClaimedPlaceText.km(radius) + " km is impossible: it must be"
                        + " above 0 and at most " + (int) MAX_RADIUS_KM + " km (claimed locations have been off by up to 93 km);"
                        + " leave it blank to assume " + (int) ClaimedPlace.ASSUMED_CLAIM_RADIUS_KM + " km");
                radius = null;
            }
            LocationPrecision precision = null;
            String p = v.text(MappingField.LOCATION_PRECISION);
            if (p != null) {
                try {
                    precision = LocationPrecision.valueOf(p.strip().toUpperCase(Locale.ROOT));
                    if (precision == LocationPrecision.UNKNOWN) precision = null;
                } catch (IllegalArgumentException e) {
                    v.problem(MappingField.LOCATION_PRECISION, "'" + p + "' is not one of exact, neighbourhood, town, district,"
                            + " governorate, country (translate it with values: in the mapping)");
                }
            }
            Coordinates point = null;
            if (spec.rule(MappingField.LAT) != null) {
                Double la = v.degrees(MappingField.LAT), lo = v.degrees(MappingField.LON);
                if ((la == null) != (lo == null) && !v.row.hasProblems()) {
                    v.problem(la == null ? MappingField.LAT : MappingField.LON, "a coordinate is missing: give both latitude and longitude, or neither");
                } else if (la != null) {
                    try {
                        point = CoordinateCheck.check(la, lo, countryCode);
                        if (!names.isEmpty()) { // swapped, yet inside the country: against the first place the claim names (0615)
                            Coordinates given = point;
                            placer.contradiction(Location.unplaced(names.getFirst(), governorate, null, countryCode)
                                            .placedAt(given, LocationPrecision.TOWN, PlacedBy.SOURCE))
                                    .ifPresent(why -> v.problem(MappingField.LAT, why));
                        }
                    } catch (CoordinateCheck.BadCoordinates e) {
                        v.problem(e.latitudeAtFault() ? MappingField.LAT : MappingField.LON, e.getMessage());
                    }
                }
            }
            if (v.row.hasProblems()) return null;
            if (point != null) {
                MappingField at = precision != null ? MappingField.LOCATION_PRECISION : MappingField.ERROR_RADIUS_KM;
                try {
                    if (radius != null) {
                        return precision == null ? ClaimedPlace.stated(names, point, radius)
                                : new ClaimedPlace(names, point, precision, radius, RadiusBasis.STATED, PlacedBy.SOURCE);
                    }
                    if (precision != null) {
                        return new ClaimedPlace(names, point, precision, precision.typicalRadiusMetres() / 1000.0, RadiusBasis.ASSUMED,
                                PlacedBy.SOURCE);
                    }
                    return ClaimedPlace.assumed(names, point);
                } catch (IllegalArgumentException e) {
                    v.problem(at, e.getMessage());
                    return null;
                }
            }
            if (names.isEmpty()) {
                v.problem(spec.rule(MappingField.LOCALITIES) != null || spec.rule(MappingField.PLACE) == null
                        ? MappingField.LOCALITIES : MappingField.PLACE, "no place: a claim needs locality names or coordinates");
                return null;
            }
            for (String name : names) {
                Location found = placer.place(Location.unplaced(name, governorate, null, countryCode));
                // a locality the gazetteer does not know may still fall back to its governorate: not a placement of the claim
                if (found != null && found.isPlaced() && found.precision().compareTo(LocationPrecision.DISTRICT) <= 0) {
                    double km = radius != null ? radius
                            : Math.max(ClaimedPlace.ASSUMED_CLAIM_RADIUS_KM, found.effectiveRadiusMetres() / 1000.0);
                    return ClaimedPlace.byGazetteer(names, found.point(), km, radius != null ? RadiusBasis.STATED : RadiusBasis.ASSUMED);
                }
            }
            return ClaimedPlace.unplaced(names);
        }

        private Integer sorties(MappedValues v) {
            String text = v.text(MappingField.SORTIES);
            if (text == null) return null;
            try {
                int n = Integer.parseInt(text.strip());
                if (n < 0 || n > 10_000) throw new NumberFormatException();
                return n;
            } catch (NumberFormatException e) {
                v.problem(MappingField.SORTIES, "'" + text + "' is not a number of sorties (a whole number from 0 to 10000)");
                return null;
            }
        }

        private SourceDocument source(MappedValues v) {
            String url = v.text(MappingField.SOURCE_URL), text = v.text(MappingField.TEXT), language = v.text(MappingField.LANGUAGE);
            if (url == null && text == null) {
                v.problem(spec.rule(MappingField.SOURCE_URL) != null ? MappingField.SOURCE_URL : MappingField.TEXT,
                        "no source document: a claim needs the URL or the text of the statement");
                return null;
            }
            try {
                return new SourceDocument(url, text, language);
            } catch (IllegalArgumentException e) {
                v.problem(MappingField.LANGUAGE, e.getMessage());
                return null;
            }
        }
    }

    /** Number formatting for messages. */
    private static final class ClaimedPlaceText {
        static String km(double km) {
            return km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km);
        }
    }
}
