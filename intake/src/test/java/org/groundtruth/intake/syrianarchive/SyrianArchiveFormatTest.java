package org.groundtruth.intake.syrianarchive;

import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.CountRange;
import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.intake.FormatRun;
import org.groundtruth.intake.SharedData;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.time.DatePrecision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SyrianArchiveFormatTest {
    static final Path VIOLATIONS = SharedData.file("syrian-archive-violations/violations.csv");
    private static FormatRun run;

    @BeforeAll
    static void readTheWholeRealFile() {
        run = FormatRun.read(new SyrianArchiveFormat(), VIOLATIONS);
    }

    @Test
    void all4135RowsAreImportable() {
        assertThat(run.problems).isEmpty();
        assertThat(run.records).hasSize(4_135);
        assertThat(run.records.stream().filter(r -> r.facts().location().isPlaced())).hasSize(1_994);
        assertThat(run.records.stream().filter(r -> "Alleged civilian casualties from Russian attacks".equals(r.fields().get("Violation_Type"))))
                .hasSize(1_635)
                .allMatch(r -> r.facts().allegedPerpetrators().contains(SyrianArchiveFormat.RUSSIA));
    }

    @Test
    void kafrZitaHospitalVideoIsUnplacedWithItsNamesAndSummerTime() {
        ImportedRecord r = run.get("syrian-archive:64496");
        var f = r.facts();
        assertThat(f.location().isPlaced()).isFalse();
        assertThat(f.location().placeName()).isEqualTo("KafrZita");
        assertThat(f.location().governorate()).isEqualTo("Hama");
        assertThat(f.location().countryCode()).isEqualTo("SY");
        assertThat(f.date().precision()).isEqualTo(DatePrecision.EXACT_TIME);
        assertThat(f.date().firstDay()).isEqualTo(LocalDate.of(2017, 4, 30));
        assertThat(f.date().localTime()).isEqualTo(LocalTime.of(21, 38));
        assertThat(f.date().offset()).isEqualTo(ZoneOffset.ofHours(3));
        assertThat(f.objectsHit()).containsExactly(CivilianObject.MEDICAL);
        assertThat(f.allegedPerpetrators()).containsExactly(SyrianArchiveFormat.RUSSIA);
        assertThat(r.source().name()).isEqualTo("Syrian Network for Human Rights");
        assertThat(r.source().url()).isEqualTo("https://www.youtube.com/watch?v=OeCKd5NLm8g");
        assertThat(run.lineByKey.get("syrian-archive:64496")).isEqualTo(2L);
    }

    @Test
    void zamalkaVideoHasSourceCoordinatesAndWinterTime() {
        var f = run.get("syrian-archive:1479").facts();
        assertThat(f.location().point().lat()).isEqualTo(33.5261956);
        assertThat(f.location().point().lon()).isEqualTo(36.3510736);
        assertThat(f.location().precision()).isEqualTo(LocationPrecision.TOWN);
        assertThat(f.location().governorate()).isEqualTo("Damascus");
        assertThat(f.date().display()).isEqualTo("2015-11-29 19:38 +02:00");
        assertThat(f.date().instantUtc()).hasToString("2015-11-29T17:38:00Z");
    }

    @Test
    void civilDefenceCentreStrikeReadsItsDeaths() {
        var f = run.get("syrian-archive:64598").facts();
        assertThat(f.objectsHit()).containsExactly(CivilianObject.CIVIL_DEFENCE);
        assertThat(f.casualties().killed()).isEqualTo(new CountRange(8, null));
        assertThat(f.allegedPerpetrators()).containsExactly(SyrianArchiveFormat.RUSSIA);
    }

    @Test
    void weaponsAreKept() {
        assertThat(run.records.stream().filter(r -> r.facts().weapons().contains("Cluster Munition"))).hasSize(194);
    }

    @Test
    void perpetratorsAreReadFromTheWordsUsed() {
        assertThat(SyrianArchiveFormat.perpetrators("Unlawful attacks", "Barrel bombs dropped by regime helicopters on Daraya"))
                .containsExactly(SyrianArchiveFormat.SYRIAN_GOVERNMENT);
        assertThat(SyrianArchiveFormat.perpetrators("Other", "Russian warplanes struck Ariha market"))
                .containsExactly(SyrianArchiveFormat.RUSSIA);
        assertThat(SyrianArchiveFormat.perpetrators("Use of illegal weapons", "Russian-made cluster munitions found in a field")).isEmpty();
    }

    @Test
    void keysAndHashesAreStableAcrossReads() {
        FormatRun again = FormatRun.read(new SyrianArchiveFormat(), VIOLATIONS);
        assertThat(again.byKey.keySet()).containsExactlyElementsOf(run.byKey.keySet());
        run.byKey.forEach((k, r) -> assertThat(again.byKey.get(k).contentHash()).isEqualTo(r.contentHash()));
    }
}
