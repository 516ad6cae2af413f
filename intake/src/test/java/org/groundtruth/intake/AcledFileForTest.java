package org.groundtruth.intake;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.groundtruth.intake.acled.AcledFormat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds small ACLED files for tests: rows start as a valid air strike in Ariha and differ where told. */
public final class AcledFileForTest {
    private final List<String> columns = new ArrayList<>(AcledFormat.COLUMNS);
    private final List<Map<String, String>> rows = new ArrayList<>();

    public static AcledFileForTest acled() {
        return new AcledFileForTest();
    }

    public AcledFileForTest withoutColumns(String... names) {
        columns.removeAll(List.of(names));
        return this;
    }

    /** A valid row with the given id; pairs of column name and value override it. */
    public AcledFileForTest row(String id, String... overrides) {
        Map<String, String> r = new LinkedHashMap<>();
        for (String c : AcledFormat.COLUMNS) r.put(c, "");
        r.putAll(Map.of("event_id_cnty", id, "event_date", "2015-11-29", "year", "2015", "time_precision", "1",
                "event_type", "Explosions/Remote violence", "sub_event_type", "Air/drone strike",
                "actor1", "Military Forces of Russia (2000-)", "civilian_targeting", "Civilian targeting", "country", "Syria",
                "admin1", "Idlib"));
        r.putAll(Map.of("location", "Ariha", "latitude", "35.8136", "longitude", "36.6092", "geo_precision", "1",
                "source", "SOHR", "notes", "Strike on the market of Ariha.", "fatalities", "44", "iso", "760"));
        for (int i = 0; i + 1 < overrides.length; i += 2) r.put(overrides[i], overrides[i + 1]);
        rows.add(r);
        return this;
    }

    public AcledFileForTest rows(int n) {
        for (int i = 0; i < n; i++) row("SYR" + (10_000 + i));
        return this;
    }

    public String text() {
        try {
            StringWriter out = new StringWriter();
            try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
                p.printRecord(columns);
                for (Map<String, String> r : rows) {
                    List<String> values = new ArrayList<>();
                    for (String c : columns) values.add(r.get(c));
                    p.printRecord(values);
                }
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path writeTo(Path dir, String name) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, text(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
