package org.groundtruth.app.warning;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.groundtruth.gazetteer.BundledGazetteer;
import org.groundtruth.intake.warning.SightingLog;
import org.groundtruth.intake.warning.WarningReferenceFiles;
import org.groundtruth.place.Coordinates;
import org.groundtruth.warning.AircraftType;
import org.groundtruth.warning.Base;
import org.groundtruth.warning.Geodesy;
import org.groundtruth.warning.Heading;
import org.groundtruth.warning.PopulatedPlace;
import org.groundtruth.warning.SightingLogLine;
import org.groundtruth.web.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's SYNTHETIC sighting log (app resources demo/sightings-synthetic.jsonl, decision 0812) is what this generator
 * makes from the Ariha case and the shipped tables, so that the two never drift: a Su-24M pair from Hmeimim (bases.csv,
 * aircraft.csv) reaching Ariha (the bundled gazetteer) at the earliest clock time the demo's Syrian Archive rows give
 * the Ariha market massacre of 29 November 2015, at the type's typical speed on a path a fifth longer than straight,
 * seen by invented spotters at take-off, on course, circling and striking, and back at base; around it, three other
 * invented flights (a helicopter circling north of Hama, a Su-34 that returns without striking, a Su-25SM heading north).
 * Every line says it is synthetic. When this test fails after a table changed, it writes the new log to
 * target/sightings-synthetic.jsonl: review it and copy it over the resource.
 */
class SyntheticSightingsTest {
    static final String RESOURCE = "/demo/sightings-synthetic.jsonl";
    static final String NOTE = "SYNTHETIC demo sighting, generated from the Ariha case (29 Nov 2015) and the reference tables; not a real observation";
    static final ZoneOffset SYRIA = ZoneOffset.ofHours(2);

    @Test
    void theShippedLogIsTheGeneratorsAndReadsAsALog() throws Exception {
        String generated = generate();
        String shipped;
        try (InputStream in = SyntheticSightingsTest.class.getResourceAsStream(RESOURCE)) {
            shipped = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!shipped.equals(generated)) {
            Path out = Path.of("target", "sightings-synthetic.jsonl");
            Files.createDirectories(out.getParent());
            Files.writeString(out, generated);
        }
        assertThat(shipped).as("the shipped log differs from the generator's: review target/sightings-synthetic.jsonl and copy it to app/src/main/resources"
                + RESOURCE).isEqualTo(generated);
        List<SightingLogLine> lines = SightingLog.read("synthetic", new java.io.ByteArrayInputStream(shipped.getBytes(StandardCharsets.UTF_8)));
        assertThat(lines).hasSizeGreaterThan(10);
        assertThat(shipped.lines()).allSatisfy(l -> assertThat(l).contains(NOTE).contains("\"spotter\":\"synthetic-"));
    }

    /** The earliest clock time of the demo data's Ariha rows of 29 November 2015, local time. */
    static OffsetDateTime arihaStrike() throws Exception {
        LocalTime earliest = null;
        try (Reader r = new InputStreamReader(SyntheticSightingsTest.class.getResourceAsStream("/demo/syrian-archive-russian-attacks.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                if (!row.get("Neighborhood").equals("Areha") || !row.get("Recording_Date").equals("2015-11-29")) continue;
                LocalTime t = LocalTime.of((int) Double.parseDouble(row.get("Recording_Hour")), (int) Double.parseDouble(row.get("Recording_Minute")));
                if (earliest == null || t.isBefore(earliest)) earliest = t;
            }
        }
        return OffsetDateTime.of(LocalDate.of(2015, 11, 29), earliest, SYRIA);
    }

    static String generate() throws Exception {
        var aircraft = WarningReferenceFiles.bundledAircraft();
        Base hmeimim = WarningReferenceFiles.bundledBases().find("SY", "OSLK").orElseThrow();
        List<PopulatedPlace> places = WarningWiring.places(BundledGazetteer.load());
        Coordinates ariha = town(places, "Ariha"), hama = town(places, "Hamah");
        StringBuilder log = new StringBuilder();

        // The Ariha case: a pair of Su-24M from Hmeimim, the path a fifth longer than the straight line.
        AircraftType su24 = aircraft.find("SY", "Su-24M").orElseThrow();
        OffsetDateTime strike = arihaStrike();
        Geodesy.Leg leg = Geodesy.leg(hmeimim.point(), ariha);
        Duration flight = minutes(leg.distanceKm() * 1.2 / su24.typicalSpeedKmh() * 60);
        OffsetDateTime takeOff = tens(strike.minus(flight));
        log.append(take("synthetic-coast-1", takeOff, su24, hmeimim, compass(leg.azimuthDeg(), 8), 2));
        log.append(take("synthetic-coast-2", takeOff.plusSeconds(20), su24, hmeimim, compass(leg.azimuthDeg(), 16), 2));
        Coordinates onCourse = Geodesy.destination(hmeimim.point(), leg.azimuthDeg(), leg.distanceKm() * 0.6);
        log.append(seen("synthetic-ghab-1", tens(takeOff.plus(minutes(flight.toSeconds() / 60.0 * 0.6))), su24, "heading", onCourse,
                compass(Geodesy.leg(onCourse, ariha).azimuthDeg(), 16), 2));
        log.append(seen("synthetic-jabal-1", strike.minusSeconds(90), su24, "circling", Geodesy.destination(ariha, 200, 3), null, 2));
        log.append(seen("synthetic-jabal-1", strike, su24, "strike_heard", ariha, null, 2));

        // A helicopter north of Hama: seen flying north, then circling (barrel bombs are feared).
        AircraftType mi8 = aircraft.find("SY", "Mi-8").orElseThrow();
        Coordinates north = Geodesy.destination(hama, 0, 12), circling = Geodesy.destination(hama, 5, 30);
        log.append(seen("synthetic-hama-1", strike.plusMinutes(4), mi8, "overflight", north, "N", 1));
        log.append(seen("synthetic-hama-1", strike.plusMinutes(10), mi8, "circling", circling, null, 1));

        // A Su-34 that heads east and comes back without striking.
        AircraftType su34 = aircraft.find("SY", "Su-34").orElseThrow();
        OffsetDateTime su34Off = strike.plusMinutes(12);
        log.append(take("synthetic-coast-2", su34Off, su34, hmeimim, "E", 1));
        log.append(take("synthetic-coast-1", su34Off.plusSeconds(30), su34, hmeimim, "ESE", 1));

        // The Su-24M pair returns.
        log.append(land("synthetic-coast-1", strike.plusMinutes(20), su24, hmeimim, 2));

        // A Su-25SM heading north, seen once more on its way, then not again: its alert expires.
        AircraftType su25 = aircraft.find("SY", "Su-25SM").orElseThrow();
        OffsetDateTime su25Off = strike.plusMinutes(24);
        log.append(take("synthetic-coast-2", su25Off, su25, hmeimim, "N", 2));
        Coordinates north25 = Geodesy.destination(hmeimim.point(), 15, su25.typicalSpeedKmh() * 8 / 60.0);
        log.append(seen("synthetic-ghab-1", su25Off.plusMinutes(8), su25, "heading", north25, "NNE", 2));

        log.append(land("synthetic-coast-1", su34Off.plusMinutes(28), su34, hmeimim, 1));
        return log.toString();
    }

    private static Coordinates town(List<PopulatedPlace> places, String name) {
        return places.stream().filter(p -> p.country().equals("SY")
                        && java.text.Normalizer.normalize(p.name(), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no town " + name + " in the bundled gazetteer")).point();
    }

    private static Duration minutes(double m) {
        return Duration.ofSeconds(Math.round(m * 60));
    }

    /** To the 10 seconds below, as a spotter would read a clock. */
    private static OffsetDateTime tens(OffsetDateTime t) {
        return t.withNano(0).withSecond(t.getSecond() / 10 * 10);
    }

    private static String compass(double deg, int points) {
        return new Heading(Geodesy.normalise(Math.round(deg / (360.0 / points)) * (360.0 / points)), 0).compassPoint();
    }

    private static String take(String spotter, OffsetDateTime at, AircraftType type, Base base, String heading, int count) throws Exception {
        Map<String, Object> l = line(spotter, at, type, "take_off", count);
        l.put("base", base.code());
        l.put("heading", heading);
        return json(l);
    }

    private static String land(String spotter, OffsetDateTime at, AircraftType type, Base base, int count) throws Exception {
        Map<String, Object> l = line(spotter, at, type, "returned_to_base", count);
        l.put("base", base.code());
        return json(l);
    }

    private static String seen(String spotter, OffsetDateTime at, AircraftType type, String event, Coordinates where, String heading, int count) throws Exception {
        Map<String, Object> l = line(spotter, at, type, event, count);
        if (heading != null) l.put("heading", heading);
        l.put("lat", Math.round(where.lat() * 100) / 100.0);
        l.put("lon", Math.round(where.lon() * 100) / 100.0);
        return json(l);
    }

    private static Map<String, Object> line(String spotter, OffsetDateTime at, AircraftType type, String event, int count) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("comment", NOTE);
        l.put("spotter", spotter);
        l.put("post", spotter.replace("synthetic-", "synthetic-post-"));
        l.put("theatre", type.theatre());
        l.put("observedAt", java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at));
        l.put("aircraft", type.type());
        l.put("count", count);
        l.put("event", event);
        return l;
    }

    private static String json(Map<String, Object> line) throws Exception {
        return Json.MAPPER.writeValueAsString(line) + "\n";
    }
}
