package org.groundtruth.claim;

import org.groundtruth.place.Coordinates;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.time.IncidentDate;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimTest {
    private static final Coordinates ALEPPO = new Coordinates(36.2, 37.15);

    @Test
    void aValidClaimKeepsWhatThePartySaid() {
        Claim c = ClaimForTest.by("US CENTCOM").on("2017-03-16").statedAt("2017-03-17T10:00:00Z").target("  al-Qaeda meeting ").claim();
        assertThat(c.party()).isEqualTo("US CENTCOM");
        assertThat(c.claimedTarget()).isEqualTo("al-Qaeda meeting");
        assertThat(c.place().radiusBasis()).isEqualTo(RadiusBasis.ASSUMED);
        assertThat(c.place().errorRadiusKm()).isEqualTo(ClaimedPlace.ASSUMED_CLAIM_RADIUS_KM);
        assertThat(c.isPlaced()).isTrue();
    }

    @Test
    void strikeDatesAfterTheRecordingTimeAreRefused() {
        assertThatThrownBy(() -> ClaimForTest.by("X").on("2030-01-02").statedAt("2019-01-01T00:00:00Z").recordedAt("2020-01-01T00:00:00Z").claim())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2030-01-02 is in the future");
        assertThatThrownBy(() -> ClaimForTest.by("X").statedAt("2021-01-01T00:00:00Z").recordedAt("2020-01-01T00:00:00Z").claim())
                .hasMessageContaining("statement time 2021-01-01T00:00:00Z is in the future");
    }

    @Test
    void aStrikeAfterItsStatementIsRefused() {
        assertThatThrownBy(() -> ClaimForTest.by("X").on("2016-09-25").statedAt("2016-09-20T09:00:00Z").claim())
                .hasMessageContaining("begins after the statement");
        IncidentDate evening = IncidentDate.at(LocalDate.parse("2016-09-20"), LocalTime.of(22, 0), ZoneOffset.ofHours(3));
        assertThatThrownBy(() -> ClaimForTest.by("X").dated(evening).statedAt("2016-09-20T12:00:00Z").claim())
                .hasMessageContaining("is after the statement");
    }

    @Test
    void impossibleRadiiAreRefused() {
        assertThatThrownBy(() -> ClaimedPlace.stated(List.of(), ALEPPO, -1)).hasMessageContaining("error radius -1.0 km is impossible");
        assertThatThrownBy(() -> ClaimedPlace.stated(List.of(), ALEPPO, 0)).hasMessageContaining("impossible");
        assertThatThrownBy(() -> ClaimedPlace.stated(List.of(), ALEPPO, Double.NaN)).hasMessageContaining("impossible");
        assertThatThrownBy(() -> ClaimedPlace.assumed(List.of(), ALEPPO, 25_000)).hasMessageContaining("half the Earth's circumference");
        assertThat(ClaimedPlace.stated(List.of(), ALEPPO, 93).precision()).isEqualTo(LocationPrecision.COUNTRY); // 93 km: a real belligerent error
    }

    @Test
    void contradictoryPrecisionsAreRefused() {
        assertThatThrownBy(() -> new ClaimedPlace(List.of("Aleppo"), ALEPPO, LocationPrecision.EXACT, 50.0, RadiusBasis.STATED))
                .hasMessage("precision exact (about 0.1 km) contradicts an error radius of 50 km");
        assertThatThrownBy(() -> new ClaimedPlace(List.of("Aleppo"), null, LocationPrecision.TOWN, null, null))
                .hasMessageContaining("precision town contradicts a place without coordinates");
        assertThatThrownBy(() -> new ClaimedPlace(List.of(), ALEPPO, LocationPrecision.UNKNOWN, 5.0, RadiusBasis.STATED))
                .hasMessageContaining("precision unknown contradicts coordinates");
        assertThatThrownBy(() -> new ClaimedPlace(List.of("x"), null, LocationPrecision.UNKNOWN, 5.0, RadiusBasis.STATED))
                .hasMessageContaining("needs coordinates");
    }

    @Test
    void unplacedClaimsAreKept() {
        Claim c = ClaimForTest.by("X").place(ClaimedPlace.unplaced(List.of("Kafr Nabudah", " "))).claim();
        assertThat(c.isPlaced()).isFalse();
        assertThat(c.place().localityNames()).containsExactly("Kafr Nabudah");
        assertThatThrownBy(() -> ClaimedPlace.unplaced(List.of())).hasMessageContaining("needs locality names or coordinates");
    }

    @Test
    void sourceDocumentsNeedALinkOrTextAndARealLanguageTag() {
        assertThat(new SourceDocument(null, "Нанесены удары", "ru").language()).isEqualTo("ru");
        assertThatThrownBy(() -> new SourceDocument(" ", null, "en")).hasMessageContaining("needs a URL or the text");
        assertThatThrownBy(() -> new SourceDocument("https://x", null, "Russian!")).hasMessageContaining("not a language tag");
    }

    @Test
    void responsesAreLinkedToAnIncidentAndNotFromTheFuture() {
        var doc = SourceDocument.at("https://example.org/statement");
        Instant now = Instant.parse("2020-01-01T00:00:00Z");
        var r = new Response(0, "Russian MoD", ResponseKind.CALLED_FAKE, 42, LocalDate.parse("2016-09-21"), "staged by the White Helmets", doc, now);
        assertThat(r.kind().label()).isEqualTo("called it fake");
        assertThatThrownBy(() -> new Response(0, "X", ResponseKind.DENIAL, 0, LocalDate.parse("2016-09-21"), null, doc, now))
                .hasMessageContaining("must be linked to an incident");
        assertThatThrownBy(() -> new Response(0, "X", ResponseKind.DENIAL, 1, LocalDate.parse("2020-01-05"), null, doc, now))
                .hasMessageContaining("response date 2020-01-05 is in the future");
        assertThatThrownBy(() -> new Response(0, " ", ResponseKind.DENIAL, 1, LocalDate.parse("2019-01-05"), null, doc, now))
                .hasMessageContaining("needs the party");
    }
}
