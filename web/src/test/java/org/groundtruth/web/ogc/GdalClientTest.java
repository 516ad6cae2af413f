package org.groundtruth.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.web.Json;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GDAL's OAPIF driver (the same client code family QGIS uses) reads the collection: a real GIS client, not our own
 * idea of the standard. Skips where GDAL's command-line tools (Debian's gdal-bin) are missing.
 */
class GdalClientTest {
    static final Path OGR2OGR = Path.of("/usr/bin/ogr2ogr");
    static final Path OGRINFO = Path.of("/usr/bin/ogrinfo");

    @TempDir
    Path dir;

    @Test
    void gdalReadsEveryIncidentThroughThePagesAndFiltersByBbox() throws Exception {
        assumeTrue(Files.isExecutable(OGR2OGR) && Files.isExecutable(OGRINFO), "no GDAL here: install Debian's gdal-bin to run this client test");
        try (TestServer t = new TestServer(dir.resolve("store"))) {
            for (int i = 0; i < 13; i++) {
                t.add(IncidentForTest.at(35.0 + i * 0.05, 36.5 + i * 0.05).on(java.time.LocalDate.of(2015, 10, 1).plusDays(i).toString())
                        .titled("Strike " + i).in("Town " + i, i % 2 == 0 ? "Idlib" : "Hama").killed(i, i + 2));
            }
            t.add(IncidentForTest.unplaced(null, null).on("2015-11-01").titled("Unplaced"));
            String source = "OAPIF:" + t.server.baseUrl() + "/ogc";

            String info = run(OGRINFO.toString(), "-ro", "-so", "-oo", "PAGE_SIZE=4", source, "incidents");
            assertThat(info).contains("Feature Count: 14").contains("Point");

            Path out = dir.resolve("all.geojson");
            run(OGR2OGR.toString(), "-f", "GeoJSON", "-oo", "PAGE_SIZE=4", out.toString(), source, "incidents");
            JsonNode all = Json.MAPPER.readTree(out.toFile());
            List<String> titles = new ArrayList<>();
            for (JsonNode f : all.get("features")) titles.add(f.at("/properties/title").asText());
            assertThat(titles).hasSize(14).doesNotHaveDuplicates().contains("Strike 0", "Strike 12", "Unplaced");

            Path some = dir.resolve("some.geojson");
            run(OGR2OGR.toString(), "-f", "GeoJSON", "-spat", "36.49", "34.99", "36.61", "35.11", some.toString(), source, "incidents");
            JsonNode box = Json.MAPPER.readTree(some.toFile());
            assertThat(box.get("features")).hasSize(3);
        }
    }

    /**
     * GDAL reads the field types from the collection's schema, sends filters on queryable fields and on the date to the
     * server (it finds them as query parameters in /ogc/api) and gets the same features as filtering all of them.
     */
    @Test
    void gdalTypesTheFieldsAndSendsFiltersToTheServer() throws Exception {
        assumeTrue(Files.isExecutable(OGR2OGR) && Files.isExecutable(OGRINFO), "no GDAL here: install Debian's gdal-bin to run this client test");
        try (TestServer t = new TestServer(dir.resolve("store"))) {
            for (int i = 0; i < 12; i++) {
                t.add(IncidentForTest.at(35.0 + i * 0.05, 36.5).on(java.time.LocalDate.of(2015, 10, 1).plusDays(i).toString())
                        .titled("Strike " + i).in("Town " + i, i % 3 == 0 ? "Idlib" : "Hama").killed(i % 4 == 0 ? null : i, i % 4 == 0 ? null : i + 1));
            }
            String source = "OAPIF:" + t.server.baseUrl() + "/ogc";
            String info = run(OGRINFO.toString(), "-ro", "-so", "-oo", "PAGE_SIZE=100", source, "incidents");
            assertThat(info).contains("killedMax: Integer", "killedMin: Integer", "dateFirstDay: Date", "reports: Integer", "date: String");

            for (String[] filter : new String[][] {{"governorate = 'Idlib'", "governorate=Idlib", "4"}, {"claimed = 0", "claimed=0", "12"},
                    {"dateFirstDay >= '2015-10-09'", "datetime=2015-10-09T", "4"}}) {
                Path out = dir.resolve("filtered.geojson");
                Files.deleteIfExists(out);
                ProcessBuilder pb = new ProcessBuilder(OGR2OGR.toString(), "-f", "GeoJSON", "-oo", "PAGE_SIZE=100", "-where", filter[0],
                        out.toString(), source, "incidents").redirectErrorStream(true);
                pb.environment().put("CPL_DEBUG", "ON");
                Process p = pb.start();
                String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0).as(log).isTrue();
                assertThat(log).as("sent to the server: " + filter[0]).contains(filter[1]);
                assertThat(Json.MAPPER.readTree(out.toFile()).get("features")).as(filter[0]).hasSize(Integer.parseInt(filter[2]));
            }
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }
}
