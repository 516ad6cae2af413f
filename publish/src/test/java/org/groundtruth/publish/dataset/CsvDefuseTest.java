package org.groundtruth.publish.dataset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvDefuseTest {
    @Test
    void formulasAreDefusedAndSignedNumbersAreNot() {
        assertThat(CsvExport.defused("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvExport.defused("@SUM(A1)")).startsWith("'");
        assertThat(CsvExport.defused("-cmd|' /C calc'!A0")).startsWith("'");
        assertThat(CsvExport.defused("+02:00")).isEqualTo("+02:00");
        assertThat(CsvExport.defused("-3")).isEqualTo("-3");
        assertThat(CsvExport.defused("Ariha")).isEqualTo("Ariha");
        assertThat(CsvExport.defused("")).isEmpty();
    }
}
