package org.groundtruth.web;

import org.groundtruth.incident.EventKind;
import org.groundtruth.incident.EventKindCoding;

import org.groundtruth.store.Store;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.groundtruth.incident.Casualties;
import org.groundtruth.incident.CountRange;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.NewReport;
import org.groundtruth.incident.Source;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.time.IncidentDate;

/**
 * Real incidents for UI tests and the README screenshot: the first strikes (air, drone or missile, as
 * {@link EventKindCoding#ucdp} reads UCDP's coding and headline) with civilian deaths from the UCDP GED Syria
 * file in shared/data (CC BY 4.0, UCDP; Sundberg and Melander 2013). Deliberately small and loose: the real importer
 * lives in the intake module; this only needs plausible, real places, dates and counts.
 */
public final class UcdpSampleForTest {
    private UcdpSampleForTest() {
    }

    public static Path file() {
        String shared = System.getProperty("groundtruth.shared", "../../shared");
        return Path.of(shared, "data", "ucdp-ged-syria", "ucdp_ged_syria_2016_2019.csv");
    }

    /** Loads up to {@code count} strikes with civilian deaths; returns how many were stored. */
    public static int load(Store store, int count) throws IOException {
        int stored = 0;
        try (Reader in = Files.newBufferedReader(file(), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (stored >= count) break;
                int civilians = Integer.parseInt(r.get("deaths_civilians"));
                if (civilians == 0) continue;
                EventKind kind = EventKindCoding.ucdp(r.get("type_of_violence"), r.get("side_a"), r.get("side_b"), r.get("source_headline"));
                if (!kind.isStrike()) continue;
                LocalDate start = LocalDate.parse(r.get("date_start")), end = LocalDate.parse(r.get("date_end"));
                IncidentDate date = IncidentDate.between(start, end);
                LocationPrecision precision = switch (r.get("where_prec")) {
                    case "1" -> LocationPrecision.TOWN;
                    case "2", "3", "5" -> LocationPrecision.DISTRICT;
                    case "4" -> LocationPrecision.GOVERNORATE;
                    default -> LocationPrecision.COUNTRY;
                };
                String governorate = r.get("adm_1").replace(" Governorate", "").replace(" governorate", "");
                Location location = new Location(new Coordinates(Double.parseDouble(r.get("latitude")), Double.parseDouble(r.get("longitude"))),
                        precision, null, r.get("where_coordinates"), governorate, r.get("adm_2"), "SY", PlacedBy.SOURCE);
                String headline = r.get("source_headline");
                String title = headline.isBlank() ? r.get("where_coordinates") : headline;
                if (title.length() > 120) title = title.substring(0, 117) + "...";
                IncidentFacts facts = new IncidentFacts(title, null, date, location,
                        new Casualties(CountRange.of(civilians, civilians), null, null, null, null), null, List.of(r.get("side_a")), List.of(), kind);
                store.incidents().create(facts, List.of(new NewReport("ucdp-ged:" + r.get("id"), new Source(r.get("source_office"), "ucdp-ged", null),
                        headline, "en", Map.of("id", r.get("id"), "best", r.get("best"), "where_prec", r.get("where_prec")))));
                stored++;
            }
        }
        return stored;
    }
}
