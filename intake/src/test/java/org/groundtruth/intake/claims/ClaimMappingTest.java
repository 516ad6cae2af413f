package org.groundtruth.intake.claims;

import org.groundtruth.claim.ClaimRecord;
import org.groundtruth.claim.RadiusBasis;
import org.groundtruth.gazetteer.BundledGazetteer;
import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.ingest.ImportRejectedException;
import org.groundtruth.ingest.RowProblem;
import org.groundtruth.intake.mapping.ClaimMapping;
import org.groundtruth.intake.mapping.MappingLoader;
import org.groundtruth.intake.mapping.MappingTarget;
import org.groundtruth.intake.read.InputFile;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.time.DatePrecision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Claims read through the incident mapping mechanism: the synthetic sample, bad input, JSON without a mapping. */
class ClaimMappingTest {
    static final Instant NOW = Instant.parse("2026-11-25T05:00:00Z");
    static Gazetteer gazetteer;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadGazetteer() {
        gazetteer = BundledGazetteer.load();
    }

    /** The sample shipped in the intake jar, copied out as a user would have it. */
    static Path sample(Path dir, String name) throws IOException {
        Path out = dir.resolve(name);
        try (InputStream in = ClaimMappingTest.class.getResourceAsStream("/sample-claims/" + name)) {
            Files.copy(in, out);
        }
        return out;
    }

    private Result read(Path file, String format, Path mapping) {
        Result r = new Result();
        var spec = mapping == null ? null : MappingLoader.load(mapping, MappingTarget.CLAIMS);
        try (InputFile in = InputFile.open(file)) {
            new ClaimMapping(spec, gazetteer, NOW).read(in, format, new ClaimMapping.Sink() {
                @Override
                public void claim(long line, ClaimRecord record) {
                    r.byKey.put(record.originKey(), record);
                }

                @Override
                public void problems(List<RowProblem> problems) {
                    r.problems.addAll(problems);
                }
            });
        }
        return r;
    }

    static final class Result {
        final Map<String, ClaimRecord> byKey = new LinkedHashMap<>();
        final List<RowProblem> problems = new ArrayList<>();

        List<String> messages() {
            return problems.stream().map(p -> p.toString().substring(p.toString().lastIndexOf('/', p.toString().indexOf(':')) + 1)).toList();
        }
    }

    @Test
    void readsTheSyntheticSample() throws IOException {
        Result r = read(sample(dir, "sample-claims.csv"), "csv", sample(dir, "sample-claims.mapping.yaml"));
        assertThat(r.problems).isEmpty();
        assertThat(r.byKey).hasSize(8);
        var s001 = r.byKey.get("sample-claims:S001").claim();
        assertThat(s001.party()).isEqualTo("Party A (synthetic)");
        assertThat(s001.statedAt()).isEqualTo("2015-10-01T06:00:00Z");
        assertThat(s001.place().placedBy()).isEqualTo(PlacedBy.GAZETTEER);
        assertThat(s001.place().radiusBasis()).isEqualTo(RadiusBasis.ASSUMED);
        assertThat(s001.place().errorRadiusKm()).isGreaterThanOrEqualTo(10);
        assertThat(s001.place().point().lat()).isBetween(34.7, 35.0);
        assertThat(s001.sorties()).isEqualTo(4);
        assertThat(s001.source().text()).startsWith("SYNTHETIC SAMPLE");

        var s003 = r.byKey.get("sample-claims:S003").claim();
        assertThat(s003.place().localityNames()).containsExactly("Rastan", "Talbiseh");
        assertThat(s003.statedAt()).isEqualTo("2015-10-05T09:00:00Z"); // 12:00 Damascus summer time

        var s004 = r.byKey.get("sample-claims:S004").claim();
        assertThat(s004.strikeDate().precision()).isEqualTo(DatePrecision.EXACT_TIME);
        assertThat(s004.strikeDate().instantUtc()).isEqualTo("2016-01-22T08:30:00Z");
        assertThat(s004.place().placedBy()).isEqualTo(PlacedBy.SOURCE);
        assertThat(s004.place().radiusBasis()).isEqualTo(RadiusBasis.STATED);
        assertThat(s004.place().errorRadiusKm()).isEqualTo(15.0);

        var s006 = r.byKey.get("sample-claims:S006").claim();
        assertThat(s006.isPlaced()).isFalse();
        assertThat(s006.place().localityNames()).containsExactly("Tell Qarmit (fictional)");
        assertThat(s006.strikeDate().precision()).isEqualTo(DatePrecision.WEEK);

        assertThat(r.byKey.get("sample-claims:S008").claim().place().errorRadiusKm()).isEqualTo(93.0);
        assertThat(r.byKey.get("sample-claims:S002").claim().statedAt()).isEqualTo("2016-02-16T21:59:59Z"); // end of that Damascus day
    }

    @Test
    void badRowsAreNamedByFileLineAndColumn() throws IOException {
        Path mapping = sample(dir, "sample-claims.mapping.yaml");
        String header = Files.readAllLines(sample(dir, "sample-claims.csv")).getFirst();
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, header + "\n"
                + "B1,PARTY-A,2031-01-02,2031-01-01,,,,Ariha,Idlib,,,,x,,https://example.org/b1,,en\n"           // 2: statement in the future
                + "B2,PARTY-A,2015-10-02,2015-10-01,2015-10-07,,day,Ariha,Idlib,,,,x,,https://example.org/b2,,en\n" // 3: day vs a week
                + "B3,PARTY-A,2015-10-02,2015-10-01,,,exact_time,Ariha,Idlib,,,,x,,https://example.org/b3,,en\n"   // 4: exact time, no time
                + "B4,PARTY-A,2015-10-02,2015-10-01,,,,,,35.8,36.6,-3,x,,https://example.org/b4,,en\n"             // 5: negative radius
                + "B5,PARTY-A,2015-10-02,2015-10-01,,,,,,35.8,36.6,600,x,,https://example.org/b5,,en\n"            // 6: 600 km
                + "B6,RU-MOD,2015-10-02,2015-10-01,,,,Ariha,Idlib,,,,x,,https://example.org/b6,,en\n"              // 7: unknown party code
                + "B7,PARTY-A,2015-10-02,2015-10-03,,,,Ariha,Idlib,,,,x,,https://example.org/b7,,en\n"             // 8: strike after statement
                + "B8,PARTY-A,02/10/2015,2015-10-01,,,,Ariha,Idlib,,,,x,,https://example.org/b8,,en\n"             // 9: statement date form
                + "B9,PARTY-A,2015-10-02,2015-10-01,,,,,,,,,x,,https://example.org/b9,,en\n"                       // 10: no place
                + "B10,PARTY-A,2015-10-02,2015-10-01,,,,Ariha,Idlib,,,,x,-2,,,en\n"                                // 11: sorties, no source
                + "B11,PARTY-A,2015-10-02,2015-10-01,,,,Ariha,Idlib,,,,x,,https://example.org/b11,,en\n");         // 12: fine
        Result r = read(csv, "csv", mapping);
        assertThat(r.messages()).contains(
                "bad.csv:2 column 'Statement date': the statement time 2031-01-02T20:59:59Z is in the future (now 2026-11-25T05:00:00Z)",
                "bad.csv:3 column 'Date precision': precision day contradicts the date 2015-10-01 to 2015-10-07 (week)",
                "bad.csv:4 column 'Date precision': precision exact_time contradicts the date 2015-10-01 (no time of day is given)",
                "bad.csv:7 column 'Party': unknown party 'RU-MOD': the mapping's values for party do not name it; add it, e.g. values: {\"RU-MOD\": \"Russian Ministry of Defence\"}",
                "bad.csv:8 column 'Strike date': the strike (2015-10-03) is after the statement (2015-10-02T20:59:59Z): a claim reports strikes that already happened",
                "bad.csv:10 column 'Localities': no place: a claim needs locality names or coordinates",
                "bad.csv:11 column 'Sorties': '-2' is not a number of sorties (a whole number from 0 to 10000)",
                "bad.csv:11 column 'Source URL': no source document: a claim needs the URL or the text of the statement");
        assertThat(r.messages()).anySatisfy(m -> assertThat(m).startsWith("bad.csv:5 column 'Error (km)': error radius -3 km is impossible"));
        assertThat(r.messages()).anySatisfy(m -> assertThat(m).startsWith("bad.csv:6 column 'Error (km)': error radius 600 km is impossible")
                .contains("at most 500 km"));
        assertThat(r.messages()).anySatisfy(m -> assertThat(m).startsWith("bad.csv:9 column 'Statement date': '02/10/2015' is not a statement date"));
        assertThat(r.byKey).containsOnlyKeys("sample-claims:B11");
    }

    @Test
    void futureStrikeAndContradictoryPlacePrecisionAreRefused() throws IOException {
        Path mapping = dir.resolve("m.yaml");
        Files.writeString(mapping, """
                dataset: t
                fields: {party: who, stated_at: said, date: day, lat: lat, lon: lon, location_precision: prec, error_radius_km: km, source_url: url}
                """);
        Path csv = dir.resolve("c.csv");
        Files.writeString(csv, "who,said,day,lat,lon,prec,km,url\n"
                + "Party A,2026-11-25T04:00:00Z,2026-12-24,35.8,36.6,,,https://example.org/1\n"
                + "Party A,2015-10-02,2015-10-01,35.8,36.6,exact,50,https://example.org/2\n"
                + "123,2015-10-02,2015-10-01,35.8,36.6,,,https://example.org/3\n");
        Result r = read(csv, "csv", mapping);
        assertThat(r.messages()).containsExactly(
                "c.csv:2 column 'day': the strike date 2026-12-24 is in the future (today is 2026-11-25)",
                "c.csv:3 column 'prec': precision exact (about 0.1 km) contradicts an error radius of 50 km",
                "c.csv:4 column 'who': '123' is not a party's name (no letters); name the party, or translate its code with values: in the mapping");
    }

    @Test
    void jsonWithoutAMappingReadsFieldsByTheirNames() throws IOException {
        Path json = dir.resolve("claims.json");
        Files.writeString(json, """
                [
                  {"id": "j1", "party": "Party A", "stated_at": "2015-11-30T08:00:00Z", "date": "2015-11-29",
                   "localities": ["Ariha"], "governorate": "Idlib", "country": "SY", "claimed_target": "depot",
                   "sorties": 2, "source_url": "https://example.org/j1", "language": "en"},
                  {"id": "j2", "party": "Party B", "stated_at": "2015-11-30", "date": "2015-11-29",
                   "lat": 35.81, "lon": 36.61, "error_radius_km": 5, "text": "We struck it"},
                  {"id": "j3", "party": "Party B", "stated_at": "2015-11-30", "date": "2015-11-29",
                   "lat": 35.81, "lon": 36.61, "error_radius_km": 0, "text": "We struck it"}
                ]
                """);
        Result r = read(json, "json", null);
        assertThat(r.messages()).containsExactly("claims.json:7 column 'error_radius_km': error radius 0 km is impossible: it must be"
                + " above 0 and at most 500 km (claimed locations have been off by up to 93 km); leave it blank to assume 10 km");
        assertThat(r.byKey).containsOnlyKeys("claims:j1", "claims:j2");
        assertThat(r.byKey.get("claims:j1").claim().place().placedBy()).isEqualTo(PlacedBy.GAZETTEER);
        assertThat(r.byKey.get("claims:j1").claim().sorties()).isEqualTo(2);
        assertThat(r.byKey.get("claims:j2").claim().place().errorRadiusKm()).isEqualTo(5.0);
    }

    /** Issue 9 item 11 (decision 0615): a claim naming Ariha with its coordinates reversed, still inside Syria. */
    @Test
    void aClaimNamingAPlaceWithSwappedCoordinatesIsRefused() throws IOException {
        Path json = dir.resolve("swapped.json");
        Files.writeString(json, """
                [
                  {"id": "s1", "party": "Party B", "stated_at": "2015-11-30", "date": "2015-11-29", "localities": ["Ariha"],
                   "governorate": "Idlib", "country": "SY", "lat": 36.6121, "lon": 35.8137, "text": "We struck it"},
                  {"id": "s2", "party": "Party B", "stated_at": "2015-11-30", "date": "2015-11-29", "localities": ["Ariha"],
                   "governorate": "Idlib", "country": "SY", "lat": 35.8137, "lon": 36.6121, "text": "We struck it"}
                ]
                """);
        Result r = read(json, "json", null);
        assertThat(r.messages()).singleElement().asString().startsWith("swapped.json:2 column 'lat': the point lies")
                .contains("from Ariha").contains("are latitude and longitude swapped?");
        assertThat(r.byKey).containsOnlyKeys("claims:s2");
    }

    @Test
    void csvWithoutAMappingNeedsTheClaimColumns() throws IOException {
        Path csv = dir.resolve("plain.csv");
        Files.writeString(csv, "party,date,place\nParty A,2015-10-01,Ariha\n");
        assertThatThrownBy(() -> read(csv, "csv", null)).isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("plain.csv:1 column 'stated_at': every claim needs the date (and time) of the statement");
    }

    @Test
    void aClaimsMappingRefusesIncidentOnlyFields() throws IOException {
        Path mapping = dir.resolve("m.yaml");
        Files.writeString(mapping, "dataset: t\nfields: {party: a, stated_at: b, date: c, killed_min: d}\n");
        assertThatThrownBy(() -> MappingLoader.load(mapping, MappingTarget.CLAIMS))
                .hasMessageContaining("column 'fields.killed_min': field 'killed_min' is not filled when importing claims");
        Path incident = dir.resolve("i.yaml");
        Files.writeString(incident, "dataset: t\nfields: {date: c, party: a}\n");
        assertThatThrownBy(() -> MappingLoader.load(incident)).hasMessageContaining("field 'party' is not filled when importing incidents");
        Path licensed = dir.resolve("l.yaml");
        Files.writeString(licensed, "dataset: t\nlicence: {terms: open}\nfields: {party: a, stated_at: b, date: c}\n");
        assertThatThrownBy(() -> MappingLoader.load(licensed, MappingTarget.CLAIMS)).hasMessageContaining("column 'licence': a claims file takes no licence mark");
    }
}
