package org.groundtruth.intake.warning;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.groundtruth.warning.SightingLogLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A sighting log is read whole: good lines into fields with their time, every bad line named by line and field, never quoting a spotter. */
class SightingLogTest {
    private static List<SightingLogLine> read(String text) {
        return SightingLog.read("log.jsonl", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void linesBecomeFieldsWithTheirTimeAndSpotter() {
        List<SightingLogLine> lines = read("""
                {"comment": "SYNTHETIC", "spotter": "falcon", "post": "hill-3", "observedAt": "2015-11-29T09:05:00+02:00", "aircraft": "Su-24M", "event": "take_off", "base": "OSLK", "heading": "NE"}

                {"spotter": "owl", "observedAt": "2015-11-29T07:08:30Z", "aircraft": "Su-24M", "count": 2, "event": "overflight", "lat": 35.6, "lon": 36.3}
                """);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).line()).isEqualTo(1);
        assertThat(lines.get(0).fields().spotter()).isEqualTo("falcon");
        assertThat(lines.get(0).fields().post()).isEqualTo("hill-3");
        assertThat(lines.get(0).observedAt()).isEqualTo(Instant.parse("2015-11-29T07:05:00Z"));
        assertThat(lines.get(1).line()).isEqualTo(3);
        assertThat(lines.get(1).fields().count()).isEqualTo("2");
        assertThat(lines.get(1).fields().lat()).isEqualTo("35.6");
    }

    @Test
    void everyBadLineIsNamedAndNoneIsKeptNorASpotterQuoted() {
        String secret = "Falcon-Secret-Name";
        assertThatThrownBy(() -> read("""
                {"spotter": "%s", "observedAt": "2015-11-29T09:05:00+02:00", "aircraft": "Su-24M", "event": "take_off", "base": "OSLK"}
                {"spotter": "%s", "observedAt": "yesterday", "aircraft": "Su-24M", "event": "take_off"}
                {"observedAt": "2015-11-29T09:05:00+02:00", "aircraft": "Su-24M", "event": "take_off", "speed": 900}
                not json
                {"spotter": "%s", "spotter": "again", "observedAt": "2015-11-29T09:05:00+02:00"}
                {"spotter": "%s", "observedAt": "2015-11-29T09:05:00+02:00", "heading": {"deg": 40}}
                """.formatted(secret, secret, secret, secret)))
                .isInstanceOfSatisfying(org.groundtruth.warning.SightingLogRejectedException.class, e -> {
                    assertThat(e.problems()).containsExactly(
                            "log.jsonl line 2: observedAt: not a date-time with an offset (2015-11-29T11:35:00+02:00)",
                            "log.jsonl line 3: speed: not a sighting field (known: spotter, comment, aircraft, base, count, event, heading, lat, lon, observedAt, post, theatre)",
                            "log.jsonl line 3: spotter: give the spotter's pseudonym, 1 to 80 characters",
                            "log.jsonl line 4: not one JSON object (a key given twice, or text after it, is refused too)",
                            "log.jsonl line 5: not one JSON object (a key given twice, or text after it, is refused too)",
                            "log.jsonl line 6: heading: give text or a number");
                    assertThat(String.join("\n", e.problems()) + e.getMessage()).doesNotContain(secret);
                });
        assertThatThrownBy(() -> read("\n\n")).hasMessage("log.jsonl: no sightings (a log has one JSON object a line)");
        assertThatThrownBy(() -> SightingLog.read("bad.jsonl", new byte[]{(byte) 0xff, '{', '}'})).hasMessage("bad.jsonl: not UTF-8 text");
    }
}
