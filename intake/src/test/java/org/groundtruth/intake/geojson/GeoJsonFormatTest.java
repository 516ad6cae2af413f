package org.groundtruth.intake.geojson;

import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.CountRange;
import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.intake.FormatRun;
import org.groundtruth.intake.SharedData;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.time.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class GeoJsonFormatTest {
    private static final Path SAMPLE = SharedData.resource("geojson/incidents.geojson");

    @Test
    void readsThePointFeatures() {
        FormatRun run = FormatRun.read(new GeoJsonFormat(), SAMPLE);
        assertThat(run.problems).isEmpty();
        assertThat(run.records).hasSize(3);
    }

    @Test
    void arihaFeatureBecomesTheseFacts() {
        FormatRun run = FormatRun.read(new GeoJsonFormat(), SAMPLE);
        ImportedRecord r = run.get("geojson:ariha-2015-11-29");
        var f = r.facts();
        assertThat(run.lineByKey.get("geojson:ariha-2015-11-29")).isEqualTo(5L);
        assertThat(f.title()).isEqualTo("Strike on Ariha market");
        assertThat(f.date().display()).isEqualTo("2015-11-29 13:45 +02:00");
        assertThat(f.location().point().lat()).isEqualTo(35.8136);
        assertThat(f.location().point().lon()).isEqualTo(36.6092);
        assertThat(f.location().precision()).isEqualTo(LocationPrecision.NEIGHBOURHOOD);
        assertThat(f.location().countryCode()).isEqualTo("SY");
        assertThat(f.casualties().killed()).isEqualTo(CountRange.of(40, 49));
        assertThat(f.casualties().childrenKilled()).isEqualTo(CountRange.of(9, 12));
        assertThat(f.objectsHit()).containsExactly(CivilianObject.MARKET);
        assertThat(f.allegedPerpetrators()).containsExactly("Russian military (alleged)");
        assertThat(f.weapons()).containsExactly("OFAB-250", "unguided bombs");
        assertThat(r.source().name()).isEqualTo("Field team");
        assertThat(r.source().url()).isEqualTo("https://example.org/reports/ariha");
        assertThat(r.language()).isEqualTo("en");
        assertThat(r.fields()).containsEntry("properties.killed_min", "40").containsEntry("properties.objects", "[\"market\"]");
    }

    @Test
    void featureWithoutIdGetsAStableHashKeyAndArabicObjects() {
        FormatRun first = FormatRun.read(new GeoJsonFormat(), SAMPLE);
        FormatRun second = FormatRun.read(new GeoJsonFormat(), SAMPLE);
        ImportedRecord talbiseh = first.records.get(1);
        assertThat(talbiseh.originKey()).matches("geojson:[0-9a-f]{32}");
        assertThat(second.records.get(1).originKey()).isEqualTo(talbiseh.originKey());
        assertThat(second.records.get(1).contentHash()).isEqualTo(talbiseh.contentHash());
        assertThat(talbiseh.facts().objectsHit()).containsExactly(CivilianObject.RESIDENTIAL);
        assertThat(talbiseh.facts().date().precision()).isEqualTo(DatePrecision.WEEK);
        assertThat(talbiseh.facts().date().lastDay()).isEqualTo(LocalDate.of(2015, 10, 2));
        assertThat(talbiseh.facts().casualties().killed()).isEqualTo(CountRange.exactly(17));
    }

    @Test
    void featureWithoutGeometryIsKeptUnplacedWithItsNames() {
        var f = FormatRun.read(new GeoJsonFormat(), SAMPLE).get("geojson:3").facts();
        assertThat(f.location().isPlaced()).isFalse();
        assertThat(f.location().placeName()).isEqualTo("Kafr Nabl");
        assertThat(f.location().countryCode()).isEqualTo("SY");
        assertThat(f.date().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(f.objectsHit()).containsExactly(CivilianObject.CIVIL_DEFENCE);
    }

    @Test
    void polygonIsRefusedNamingTheFeature(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mixed.geojson");
        Files.writeString(file, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "id": "a", "geometry": {"type": "Point", "coordinates": [36.6, 35.8]}, "properties": {"date": "2015-11-29"}},
                  {"type": "Feature", "id": "b", "geometry": {"type": "Polygon", "coordinates": [[[36,35],[37,35],[37,36],[36,35]]]},
                   "properties": {"date": "2015-11-29"}}
                ]}
                """);
        FormatRun run = FormatRun.read(new GeoJsonFormat(), file);
        assertThat(run.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("features[1].geometry");
            assertThat(p.message()).contains("feature 1").contains("Polygon").contains("only Point");
        });
    }

    @Test
    void swappedCoordinatesAndBadDatesAreNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.geojson");
        Files.writeString(file, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [35.8, 40.0]}, "properties": {"country": "SY", "date": "2015-11-29"}},
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.6, 35.8]}, "properties": {"date": "2015-02-30"}},
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.6, 35.8]}, "properties": {"date": "2015-11-29", "objects": ["bakery"]}}
                ]}
                """);
        FormatRun run = FormatRun.read(new GeoJsonFormat(), file);
        assertThat(run.problems).hasSize(3);
        assertThat(run.problems.get(0).message()).contains("is outside Syria").contains("swapped");
        assertThat(run.problems.get(1).toString()).contains(":3 column 'features[1].properties.date'").contains("impossible date '2015-02-30'");
        assertThat(run.problems.get(2).message()).contains("'bakery' is not a kind of civilian object");
        assertThat(run.records).isEmpty();
    }

    /** Issue 9 item 11: these files were accepted (the last of two keys won; garbage after the collection was ignored). */
    @Test
    void duplicateKeysTrailingGarbageNulLoneSurrogatesAndPlaceholderYearsAreRefused(@TempDir Path dir) throws Exception {
        String feature = "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [36.6, 35.8]}, \"properties\": {\"date\": \"2015-11-29\", \"title\": \"T\"}}";
        String collection = "{\"type\": \"FeatureCollection\", \"features\": [\n" + feature + "\n]}";
        java.util.Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put(collection.replace("\"title\": \"T\"", "\"title\": \"T\", \"title\": \"U\""), "Duplicate field");
        cases.put(collection.replace("\"type\": \"FeatureCollection\",", "\"type\": \"FeatureCollection\", \"type\": \"FeatureCollection\","), "Duplicate field");
        cases.put(collection + "\n{\"type\": \"FeatureCollection\", \"features\": []}", "trailing content");
        cases.put(collection + " garbage", "invalid JSON");
        cases.put(collection.replace("\"T\"", "\"T\\u0000\""), "features[0]");
        cases.put(collection.replace("\"T\"", "\"T\\ud800\""), "lone UTF-16 surrogate");
        cases.put(collection.replace("2015-11-29", "0000-11-29"), "the year is outside 1900–2100");
        cases.put(collection.replace("2015-11-29", "9999-12-31"), "the year is outside 1900–2100");
        int k = 0;
        for (var c : cases.entrySet()) {
            Path file = dir.resolve("case" + (k++) + ".geojson");
            Files.writeString(file, c.getKey());
            FormatRun run = FormatRun.read(new GeoJsonFormat(), file);
            assertThat(run.problems).as(c.getKey()).isNotEmpty();
            assertThat(run.problems.toString()).as(c.getKey()).contains(c.getValue());
            // (trailing content is found after the features were read: the importer's first problem rolls back its writer)
        }
        Path ok = dir.resolve("ok.geojson");
        Files.writeString(ok, collection + "\n\n");
        assertThat(FormatRun.read(new GeoJsonFormat(), ok).problems).as("white space after the collection is fine").isEmpty();
    }

    @Test
    void latin1TextInJsonIsLocated(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.geojson");
        Files.write(file, ("{\"type\": \"FeatureCollection\", \"features\": [\n {\"type\": \"Feature\", \"geometry\": null,\n"
                + "  \"properties\": {\"date\": \"2015-11-29\", \"place\": \"Caf\u00e9\"}}]}").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(FormatRun.read(new GeoJsonFormat(), file).problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("0xE9").contains("not valid UTF-8");
        });
    }

    @Test
    void notGeoJsonIsRefusedClearly(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("table.geojson");
        Files.writeString(csv, "id,date\n1,2015-11-29\n");
        assertThat(FormatRun.read(new GeoJsonFormat(), csv).problems).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not JSON"));
        Path broken = dir.resolve("broken.geojson");
        Files.writeString(broken, "{\"type\": \"FeatureCollection\",\n \"features\": [ {\"type\": \"Feature\",, } ]}");
        assertThat(FormatRun.read(new GeoJsonFormat(), broken).problems).singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.message()).startsWith("invalid JSON at column");
                });
        Path point = dir.resolve("point.geojson");
        Files.writeString(point, "{\"type\": \"Point\", \"coordinates\": [36, 35]}");
        assertThat(FormatRun.read(new GeoJsonFormat(), point).problems).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("'Point'").contains("FeatureCollection"));
    }
}
