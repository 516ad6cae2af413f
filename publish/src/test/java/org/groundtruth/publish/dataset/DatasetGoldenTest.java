package org.groundtruth.publish.dataset;

import org.groundtruth.publish.PublishedForTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DatasetGoldenTest {
    @Test
    void csvWithAcledColumnsThenOurs() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(new CsvExport(false).write(PublishedForTest.three().iterator(), out)).isEqualTo(3);
        GoldenFiles.assertMatches("incidents.csv", out.toByteArray());
    }

    @Test
    void csvWithTheHxlTagRow() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExport(true).write(PublishedForTest.three().iterator(), out);
        GoldenFiles.assertMatches("incidents-hxl.csv", out.toByteArray());
        String second = new String(out.toByteArray(), StandardCharsets.UTF_8).split("\r\n")[1];
        assertThat(second).as("FastCSV quotes a leading #, as a comment guard; CSV readers unquote it").startsWith("\"#event+id\",#date+occurred,");
    }

    @Test
    void geoJson() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(new GeoJsonExport().write(PublishedForTest.three().iterator(), out)).isEqualTo(3);
        GoldenFiles.assertMatches("incidents.geojson", out.toByteArray());
    }

    @Test
    void timeMap() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TimeMapExport().write(PublishedForTest.three().iterator(), out);
        GoldenFiles.assertMatches("timemap.json", out.toByteArray());
    }

    @Test
    void theDictionaryNamesEveryColumnOnce() throws Exception {
        String md = DataDictionary.markdown();
        for (Column c : Columns.ALL) assertThat(md).contains("| `" + c.name() + "` | `" + c.hxl() + "` |");
        assertThat(Columns.ALL.stream().map(Column::name).distinct().count()).isEqualTo(Columns.ALL.size());
        assertThat(Columns.ALL.stream().map(Column::hxl).distinct().count()).isEqualTo(Columns.ALL.size());
        GoldenFiles.assertMatches("data-dictionary.md", md.getBytes(StandardCharsets.UTF_8));
    }
}
