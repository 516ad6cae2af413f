package org.groundtruth.intake.mapping;

import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.CountRange;
import org.groundtruth.ingest.ImportRejectedException;
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
import java.time.LocalTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MappingFormatTest {
    private static final Path EXPORT = SharedData.resource("mapping/airwars_russia_syria_export.csv");
    private static final Path MAPPING = SharedData.resource("mapping/airwars.mapping.yaml");

    private static FormatRun run() {
        return FormatRun.read(MappingFormat.load(MAPPING), EXPORT);
    }

    @Test
    void readsTheAirwarsStyleExport() {
        FormatRun run = run();
        assertThat(run.problems).isEmpty();
        assertThat(run.byKey.keySet()).containsExactly("airwars:R0001", "airwars:R0002", "airwars:R0040", "airwars:R0102",
                "airwars:R0110", "airwars:R0111");
    }

    @Test
    void arihaRowBecomesTheseFacts() {
        ImportedRecord r = run().get("airwars:R0102");
        var f = r.facts();
        assertThat(f.date().precision()).isEqualTo(DatePrecision.EXACT_TIME);
        assertThat(f.date().firstDay()).isEqualTo(LocalDate.of(2015, 11, 29));
        assertThat(f.date().localTime()).isEqualTo(LocalTime.of(13, 45));
        assertThat(f.date().offset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(f.location().precision()).isEqualTo(LocationPrecision.EXACT);
        assertThat(f.location().countryCode()).isEqualTo("SY");
        assertThat(f.location().governorate()).isEqualTo("Idlib");
        assertThat(f.casualties().killed()).isEqualTo(CountRange.of(40, 49));
        assertThat(f.casualties().injured()).isEqualTo(CountRange.exactly(80));
        assertThat(f.casualties().childrenKilled()).isEqualTo(CountRange.exactly(9));
        assertThat(f.casualties().womenKilled()).isEqualTo(CountRange.exactly(4));
        assertThat(f.casualties().menKilled()).isEqualTo(CountRange.UNKNOWN);
        assertThat(f.objectsHit()).containsExactly(CivilianObject.MARKET);
        assertThat(f.allegedPerpetrators()).containsExactly("Russian military (alleged)", "Syrian government forces (alleged)");
        assertThat(r.source().name()).isEqualTo("Airwars");
        assertThat(r.source().dataset()).isEqualTo("airwars");
        assertThat(r.source().url()).isEqualTo("https://airwars.org/civilian-casualties/r0102-november-29-2015/");
        assertThat(r.language()).isEqualTo("en");
    }

    @Test
    void monthOnlyRowWithoutCoordinatesIsKeptUnplaced() {
        var f = run().get("airwars:R0110").facts();
        assertThat(f.date().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(f.date().lastDay()).isEqualTo(LocalDate.of(2015, 12, 31));
        assertThat(f.location().isPlaced()).isFalse();
        assertThat(f.location().placeName()).isEqualTo("Kafr Nabl");
        assertThat(f.objectsHit()).containsExactlyInAnyOrder(CivilianObject.CIVIL_DEFENCE, CivilianObject.MEDICAL);
        assertThat(f.allegedPerpetrators()).containsExactly("Russian or Syrian government forces (alleged)");
    }

    @Test
    void translationsAndRangesApply() {
        FormatRun run = run();
        assertThat(run.get("airwars:R0040").facts().objectsHit())
                .containsExactlyInAnyOrder(CivilianObject.PLACE_OF_WORSHIP, CivilianObject.RESIDENTIAL);
        assertThat(run.get("airwars:R0040").facts().location().precision()).isEqualTo(LocationPrecision.NEIGHBOURHOOD);
        assertThat(run.get("airwars:R0111").facts().objectsHit()).containsExactly(CivilianObject.OTHER);
        assertThat(run.get("airwars:R0111").facts().casualties().killed()).isEqualTo(CountRange.of(0, 1));
        assertThat(run.get("airwars:R0001").facts().location().precision()).isEqualTo(LocationPrecision.TOWN);
    }

    @Test
    void jsonMappingWorksLikeYamlAndHashesAreStable(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("m.json");
        Files.writeString(json, """
                {"dataset": "airwars", "fields": {"id": "Code", "date": {"column": "Date", "formats": ["d MMMM uuuu", "MMMM uuuu"]},
                 "lat": "Latitude", "lon": "Longitude", "place": "Location"}, "constants": {"country": "SY"}}
                """);
        FormatRun a = FormatRun.read(MappingFormat.load(json), EXPORT);
        FormatRun b = run();
        assertThat(a.problems).isEmpty();
        assertThat(a.byKey.keySet()).isEqualTo(b.byKey.keySet());
        a.byKey.forEach((k, r) -> assertThat(b.get(k).contentHash()).isEqualTo(r.contentHash()));
    }

    @Test
    void encodingDelimiterNullValuesAndConstantsFromTheMapping(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("field-team.csv");
        Files.write(data, ("رقم;التاريخ;المكان;المحافظة;قتلى;الوصف\n"
                + "7;2015-11-29;أريحا;إدلب;غير معروف;قصف على سوق أريحا\n"
                + "8;2015-11-30;معرة النعمان;إدلب;12;غارة على مدرسة\n").getBytes(java.nio.charset.Charset.forName("windows-1256")));
        Path m = dir.resolve("field-team.yaml");
        Files.writeString(m, """
                dataset: field-team
                csv: {delimiter: ";", encoding: windows-1256, null_values: ["غير معروف"]}
                constants: {country: SY, language: ar, source_name: Field team}
                fields:
                  id: رقم
                  date: التاريخ
                  place: المكان
                  governorate: المحافظة
                  killed_min: قتلى
                  killed_max: قتلى
                  text: الوصف
                """);
        FormatRun run = FormatRun.read(MappingFormat.load(m), data);
        assertThat(run.problems).isEmpty();
        var ariha = run.get("field-team:7");
        assertThat(ariha.facts().location().placeName()).isEqualTo("أريحا");
        assertThat(ariha.facts().casualties().killed()).isEqualTo(CountRange.UNKNOWN);
        assertThat(ariha.facts().objectsHit()).containsExactly(CivilianObject.MARKET);
        assertThat(ariha.language()).isEqualTo("ar");
        assertThat(ariha.source().name()).isEqualTo("Field team");
        assertThat(run.get("field-team:8").facts().casualties().killed()).isEqualTo(CountRange.exactly(12));
        assertThat(run.get("field-team:8").facts().objectsHit()).containsExactly(CivilianObject.SCHOOL);

        FormatRun asUtf8 = FormatRun.read(MappingFormat.load(writeMapping(dir, m, "windows-1256", "UTF-8")), data);
        assertThat(asUtf8.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("not valid UTF-8");
        });
    }

    private static Path writeMapping(Path dir, Path from, String replace, String with) throws Exception {
        Path to = dir.resolve("utf8.yaml");
        Files.writeString(to, Files.readString(from).replace(replace, with));
        return to;
    }

    @Test
    void badMappingsAreRefusedNamingFileAndKey(@TempDir Path dir) throws Exception {
        Path m = dir.resolve("bad.yaml");
        Files.writeString(m, """
                dataset: x
                fields:
                  id: Code
                  date: {column: Date, formats: ["uuuu-MM-dd", "bbb-qq-ppp"]}
                  kiled_min: Civilians reported killed
                  place: {column: Location, colour: red}
                """);
        assertThatThrownBy(() -> MappingLoader.load(m)).isInstanceOfSatisfying(ImportRejectedException.class, e -> {
            assertThat(e.problems()).extracting(p -> p.file() + "|" + p.column()).containsExactlyInAnyOrder(
                    m + "|fields.date.formats[1]", m + "|fields.kiled_min", m + "|fields.place.colour");
            assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("unknown field 'kiled_min'").contains("killed_min"));
            assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("invalid date pattern 'bbb-qq-ppp'"));
        });
    }

    @Test
    void columnMissingFromTheFileIsNamed(@TempDir Path dir) throws Exception {
        Path m = dir.resolve("m.yaml");
        Files.writeString(m, "dataset: x\nfields:\n  date: {column: Date, format: d MMMM uuuu}\n  title: Titel\n");
        FormatRun run = FormatRun.read(MappingFormat.load(m), EXPORT);
        assertThat(run.problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(m.toString());
            assertThat(p.column()).isEqualTo("fields.title");
            assertThat(p.message()).contains("column 'Titel' is not in").contains("airwars_russia_syria_export.csv").contains("Summary");
        });
    }

    @Test
    void invalidYamlNamesTheLine(@TempDir Path dir) throws Exception {
        Path m = dir.resolve("m.yaml");
        Files.writeString(m, "dataset: x\nfields:\n  date: [unclosed\n  title: T\n");
        assertThatThrownBy(() -> MappingLoader.load(m)).isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.line()).isGreaterThan(0);
                    assertThat(p.message()).startsWith("not valid YAML or JSON");
                }));
    }

    @Test
    void untranslatedObjectIsARowProblemOnItsColumn(@TempDir Path dir) throws Exception {
        Path m = dir.resolve("m.yaml");
        Files.writeString(m, "dataset: x\nfields:\n  id: Code\n  date: {column: Date, formats: [d MMMM uuuu, MMMM uuuu]}\n  objects: Civilian infrastructure\n");
        FormatRun run = FormatRun.read(MappingFormat.load(m), EXPORT);
        assertThat(run.problems).isNotEmpty().allSatisfy(p -> assertThat(p.column()).isEqualTo("Civilian infrastructure"));
        assertThat(run.problems.get(0).line()).isEqualTo(2);
        assertThat(run.problems.get(0).message()).contains("'Residential building' is not a kind of civilian object");
    }
}
