package org.groundtruth.intake.warning;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.groundtruth.attribution.Party;
import org.groundtruth.place.Coordinates;
import org.groundtruth.warning.AircraftCategory;
import org.groundtruth.warning.AircraftTable;
import org.groundtruth.warning.AircraftType;
import org.groundtruth.warning.Base;
import org.groundtruth.warning.BaseTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

/** Reads the aircraft and bases reference tables of early warning (decision 0804). */
public final class WarningReferenceFiles {
    public static final String AIRCRAFT = "/warning/aircraft.csv";
    public static final String BASES = "/warning/bases.csv";

    private WarningReferenceFiles() {
    }

    public static AircraftTable bundledAircraft() {
        return bundled(AIRCRAFT, WarningReferenceFiles::readAircraft);
    }

    public static BaseTable bundledBases() {
        return bundled(BASES, WarningReferenceFiles::readBases);
    }

    private interface Parser<T> {
        T parse(Reader reader, String name) throws IOException;
    }

    private static <T> T bundled(String resource, Parser<T> parser) {
        try (InputStream in = WarningReferenceFiles.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the jar");
            return parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Columns theatre,type,aliases,name_ar,name_uk,category,operators,speed_min_kmh,speed_max_kmh,combat_radius_km,source. */
    public static AircraftTable readAircraft(Reader reader, String name) throws IOException {
        return new AircraftTable(rows(reader, name, r -> new AircraftType(r.get("theatre"), r.get("type"), list(r.get("aliases")),
                r.get("name_ar"), r.get("name_uk"),
                AircraftCategory.parse(r.get("category")).orElseThrow(() -> new IllegalArgumentException("category: '" + r.get("category")
                        + "' is not one of " + Arrays.stream(AircraftCategory.values()).map(AircraftCategory::code).toList())),
                parties(r.get("operators")), number(r, "speed_min_kmh"), number(r, "speed_max_kmh"), number(r, "combat_radius_km"),
                r.get("source"))));
    }

    /** Columns code,name,name_ar,name_uk,aliases,lat,lon,theatre,operators,source. */
    public static BaseTable readBases(Reader reader, String name) throws IOException {
        return new BaseTable(rows(reader, name, r -> new Base(r.get("code"), r.get("name"), r.get("name_ar"), r.get("name_uk"), list(r.get("aliases")),
                new Coordinates(number(r, "lat"), number(r, "lon")), r.get("theatre"), parties(r.get("operators")), r.get("source"))));
    }

    private static <T> List<T> rows(Reader reader, String name, Function<CSVRecord, T> row) throws IOException {
        List<T> out = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
        for (CSVRecord r : format.parse(reader)) {
            try {
                out.add(row.apply(r));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + r.getParser().getCurrentLineNumber() + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static List<String> list(String cell) {
        return cell == null || cell.isBlank() ? List.of() : List.of(cell.split("\\|"));
    }

    private static EnumSet<Party> parties(String cell) {
        EnumSet<Party> out = EnumSet.noneOf(Party.class);
        for (String code : list(cell)) {
            out.add(Party.parse(code).orElseThrow(() -> new IllegalArgumentException("operators: '" + code + "' is not one of "
                    + Arrays.stream(Party.values()).map(Party::code).toList())));
        }
        return out;
    }

    private static double number(CSVRecord r, String column) {
        String v = r.get(column);
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + ": '" + v + "' is not a number");
        }
    }
}
