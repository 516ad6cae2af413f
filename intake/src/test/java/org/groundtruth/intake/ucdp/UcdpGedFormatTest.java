package org.groundtruth.intake.ucdp;

import org.groundtruth.incident.CountRange;
import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.intake.FormatRun;
import org.groundtruth.intake.SharedData;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.time.DatePrecision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class UcdpGedFormatTest {
    static final Path GED = SharedData.file("ucdp-ged-syria/ucdp_ged_syria_2016_2019.csv");
    private static FormatRun run;

    @BeforeAll
    static void readTheWholeRealFile() {
        run = FormatRun.read(new UcdpGedFormat(), GED);
    }

    @Test
    void everyOneOfThe16566RowsIsRead() {
        assertThat(run.problems).isEmpty();
        assertThat(run.records).hasSize(16_566);
        assertThat(run.byKey).hasSize(16_566);
        assertThat(run.records).allMatch(r -> r.facts().location().isPlaced());
        int civilians = run.records.stream().mapToInt(r -> r.facts().casualties().killed().min()).sum();
        assertThat(civilians).isEqualTo(26_653);
        assertThat(run.records.stream().filter(r -> r.facts().allegedPerpetrators().equals(java.util.List.of("Government of Syria"))))
                .hasSize(11_308);
    }

    @Test
    void event214804InIdlibBecomesTheseFacts() {
        ImportedRecord r = run.get("ucdp-ged:214804");
        var f = r.facts();
        assertThat(run.lineByKey.get("ucdp-ged:214804")).isEqualTo(3L);
        assertThat(f.title()).isEqualTo("Bombardment targets Idlib and Hama");
        assertThat(f.date().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(f.date().firstDay()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(f.location().point().lat()).isEqualTo(35.688342);
        assertThat(f.location().point().lon()).isEqualTo(36.449962);
        assertThat(f.location().precision()).isEqualTo(LocationPrecision.DISTRICT);
        assertThat(f.location().radiusMetres()).isEqualTo(25_000);
        assertThat(f.location().placedBy()).isEqualTo(PlacedBy.SOURCE);
        assertThat(f.location().placeName()).isEqualTo("Ein Laroz town");
        assertThat(f.location().governorate()).isEqualTo("Idlib");
        assertThat(f.location().district()).isEqualTo("Ariha");
        assertThat(f.location().countryCode()).isEqualTo("SY");
        assertThat(f.casualties().killed()).isEqualTo(CountRange.exactly(2));
        assertThat(f.allegedPerpetrators()).containsExactly("Government of Syria");
        assertThat(f.summary()).isEqualTo("UCDP GED state-based conflict, Government of Syria - Syrian insurgents."
                + " Deaths: 2 (low 2, high 2), of them civilians: 2.");
        assertThat(r.source().name()).isEqualTo("SOHR");
        assertThat(r.source().dataset()).isEqualTo("ucdp-ged");
        assertThat(r.text()).isEqualTo("SOHR,2016-01-01,Bombardment targets Idlib and Hama");
        assertThat(r.fields()).hasSize(41).containsEntry("gwnob", "NA");
    }

    @Test
    void uncertainDatesAndPlacesKeepTheirPrecision() {
        var days = run.get("ucdp-ged:218702").facts();
        assertThat(days.date().precision()).isEqualTo(DatePrecision.WEEK);
        assertThat(days.date().firstDay()).isEqualTo(LocalDate.of(2016, 1, 6));
        assertThat(days.date().lastDay()).isEqualTo(LocalDate.of(2016, 1, 8));
        assertThat(days.objectsHit()).isEmpty();
        var wholeCountry = run.get("ucdp-ged:233200").facts();
        assertThat(wholeCountry.date().precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(wholeCountry.location().precision()).isEqualTo(LocationPrecision.COUNTRY);
        assertThat(wholeCountry.location().governorate()).isNull();
        assertThat(wholeCountry.casualties().killed()).isEqualTo(CountRange.exactly(0));
    }

    @Test
    void keysAndHashesAreStableAcrossReads() {
        FormatRun again = FormatRun.read(new UcdpGedFormat(), GED);
        assertThat(again.byKey.keySet()).containsExactlyElementsOf(run.byKey.keySet());
        run.byKey.forEach((k, r) -> assertThat(again.byKey.get(k).contentHash()).isEqualTo(r.contentHash()));
    }

    @Test
    void governorateSuffixIsStrippedInAnyCase() {
        assertThat(UcdpGedFormat.strip("Rif Dimashq governorate", " governorate")).isEqualTo("Rif Dimashq");
        assertThat(UcdpGedFormat.strip("Governorate", " governorate")).isEqualTo("Governorate");
        assertThat(UcdpGedFormat.strip(null, " district")).isNull();
    }
}
