package org.groundtruth.intake.assessment;

import org.groundtruth.attribution.Party;
import org.groundtruth.attribution.WeaponReference;
import org.groundtruth.attribution.WeaponTable;
import org.groundtruth.objective.MilitaryObjective;
import org.groundtruth.objective.ObjectiveGeometry;
import org.groundtruth.objective.ObjectiveKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ObjectiveFilesTest {
    @TempDir
    Path dir;

    @Test
    void csvWithPointsAndWkt() throws Exception {
        Path f = Files.writeString(dir.resolve("o.csv"), """
                name,kind,lat,lon,wkt,valid_from,valid_to,party,source,notes
                Hmeimim,airbase,35.4011,35.9487,,2015-09-30,,Russian military,MoD,
                Front,front_line,,,"LINESTRING (36.5 35.6, 36.7 35.8)",,2016-03-01,,analyst,rough
                """);
        List<MilitaryObjective> os = ObjectiveFiles.read(f, "csv");
        assertThat(os).hasSize(2);
        assertThat(os.get(0).kind()).isEqualTo(ObjectiveKind.AIRBASE);
        assertThat(os.get(0).validFrom()).isEqualTo(LocalDate.parse("2015-09-30"));
        assertThat(os.get(1).geometry()).isInstanceOf(ObjectiveGeometry.Line.class);
    }

    @Test
    void csvProblemsNameFileLineAndFieldAndNothingIsReturned() throws Exception {
        Path f = Files.writeString(dir.resolve("bad.csv"), """
                name,kind,lat,lon,valid_from,valid_to,source
                Ok,base,35,36,,,src
                Late,base,35,36,2016-01-01,2015-01-01,src
                Swapped,base,95,36,,,src
                Odd,castle,35,36,,,
                """);
        assertThatThrownBy(() -> ObjectiveFiles.read(f, "csv")).isInstanceOf(ObjectiveFileException.class)
                .hasMessageContaining("bad.csv:3: valid_to: 2015-01-01 is before valid_from 2016-01-01")
                .hasMessageContaining("bad.csv:4: lat/lon: latitude 95.0 is outside -90..90")
                .hasMessageContaining("bad.csv:5: source: is empty")
                .hasMessageContaining("bad.csv:5: kind: 'castle' is not one of");
    }

    @Test
    void geoJsonFeaturesWithLinesAndBadGeometryNamed() throws Exception {
        Path good = Files.writeString(dir.resolve("o.geojson"), """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [35.9487, 35.4011]},
                   "properties": {"name": "Hmeimim", "kind": "airbase", "source": "MoD", "valid_from": "2015-09-30"}},
                  {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[36,35],[37,35],[37,36],[36,35]]]},
                   "properties": {"name": "Zone", "kind": "area", "source": "analyst"}}
                ]}
                """);
        assertThat(ObjectiveFiles.read(good, "geojson")).extracting(MilitaryObjective::name).containsExactly("Hmeimim", "Zone");
        Path bad = Files.writeString(dir.resolve("bad.geojson"), """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [35.9]},
                   "properties": {"name": "A", "source": "x"}},
                  {"type": "Feature", "geometry": {"type": "MultiPoint", "coordinates": []},
                   "properties": {"name": "B", "source": "x"}}
                ]}
                """);
        assertThatThrownBy(() -> ObjectiveFiles.read(bad, "geojson"))
                .hasMessageContaining("bad.geojson:2 (feature 1): geometry: position [35.9] is not [longitude, latitude]")
                .hasMessageContaining("bad.geojson:4 (feature 2): geometry: type 'MultiPoint' is not Point, LineString or Polygon");
    }

    @Test
    void theDemoLayerReads() throws Exception {
        Path demo = Path.of("../app/src/main/resources/demo/objectives-sy.geojson");
        assertThat(ObjectiveFiles.read(demo, "geojson")).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(o -> assertThat(o.source()).isNotBlank());
    }

    @Test
    void bundledWeaponTableHasASourceOnEveryRowAndTellsRussianFromSyrianTypes() {
        WeaponTable t = WeaponReferenceFile.bundled();
        assertThat(t.rows()).hasSizeGreaterThan(30).allSatisfy(r -> assertThat(r.source()).isNotBlank());
        assertThat(t.matching("SY", "Su-34")).flatExtracting(r -> r.parties()).containsExactly(Party.RUSSIAN_MILITARY);
        assertThat(t.matching("SY", "su-24m2")).flatExtracting(WeaponReference::parties)
                .containsExactlyInAnyOrder(Party.RUSSIAN_MILITARY, Party.SYRIAN_GOVERNMENT);
        assertThat(t.matching("SY", "براميل متفجرة")).flatExtracting(WeaponReference::parties).containsExactly(Party.SYRIAN_GOVERNMENT);
        assertThat(t.matching("SY", "Cluster Munition")).isEmpty();
    }
}
