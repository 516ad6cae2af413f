package org.groundtruth.publish.dataset;

import org.groundtruth.publish.PublishedForTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Iterator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class GeoPackageExportTest {
    @TempDir
    Path dir;

    @Test
    void aGeoPackageHoldsOnePointFeaturePerIncident() throws Exception {
        Path gpkg = dir.resolve("incidents.gpkg");
        assertThat(new GeoPackageExport().write(PublishedForTest.three().iterator(), gpkg)).isEqualTo(3);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA application_id")) {
                assertThat(r.getInt(1)).as("GPKG application id").isEqualTo(0x47504B47);
            }
            try (ResultSet r = s.executeQuery("SELECT table_name, data_type, srs_id FROM gpkg_contents")) {
                assertThat(r.getString(1)).isEqualTo("incidents");
                assertThat(r.getString(2)).isEqualTo("features");
                assertThat(r.getInt(3)).isEqualTo(4326);
            }
            try (ResultSet r = s.executeQuery("SELECT event_id_cnty, gt_killed_min, gt_killed_max, location, gt_values_withheld, "
                    + "geom IS NULL FROM incidents ORDER BY fid")) {
                r.next();
                assertThat(r.getString(1)).isEqualTo("amkt3ariha0000a1");
                assertThat(r.getInt(2)).isEqualTo(40);
                assertThat(r.getInt(3)).isEqualTo(49);
                assertThat(r.getBoolean(6)).isFalse();
                r.next();
                assertThat(r.getBoolean(5)).isTrue();
                assertThat(r.getBoolean(6)).as("an unplaced incident has no geometry").isTrue();
                r.next();
                assertThat(r.getString(4)).isEqualTo("اللطامنة");
            }
        }
        assertThat(dir.resolve("incidents.gpkg.partial.gpkg")).doesNotExist();
    }

    /** GDAL, the library QGIS and most GIS tools read GeoPackages with, opens the file and sees its fields. */
    @Test
    void gdalReadsIt() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/ogrinfo")), "GDAL's ogrinfo is installed");
        Path gpkg = dir.resolve("incidents.gpkg");
        new GeoPackageExport().write(PublishedForTest.three().iterator(), gpkg);
        Process p = new ProcessBuilder("/usr/bin/ogrinfo", "-ro", "-al", "-so", gpkg.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(out).contains("Geometry: Point").contains("Feature Count: 3").contains("EPSG\",4326")
                .contains("gt_killed_min: Integer").contains("latitude: Real").contains("event_date: Date");
    }

    @Test
    void aFailedExportLeavesNoFile() {
        Path gpkg = dir.resolve("broken.gpkg");
        Iterator<org.groundtruth.publication.PublishedIncident> failing = new Iterator<>() {
            int n;

            public boolean hasNext() {
                return true;
            }

            public org.groundtruth.publication.PublishedIncident next() {
                if (++n > 2) throw new IllegalStateException("the store went away");
                return PublishedForTest.ariha();
            }
        };
        assertThatThrownBy(() -> new GeoPackageExport().write(failing, gpkg)).hasMessageContaining("the store went away");
        assertThat(gpkg).doesNotExist();
        assertThat(dir.resolve("broken.gpkg.partial.gpkg")).doesNotExist();
    }
}
