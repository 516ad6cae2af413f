package org.groundtruth.warning;

import org.groundtruth.place.Coordinates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.groundtruth.warning.WarningForTest.*;

class SightingCheckTest {
    private static final Coordinates POST = new Coordinates(35.512345, 36.012345);
    private final SightingCheck check = new SightingCheck(AIRCRAFT, BASES, CLOCK);

    private static SightingInput input(String observedAt, String aircraft, String event, String base, String heading, String lat, String lon) {
        return new SightingInput("Falcon-7", "hill-12", POST, "", observedAt, aircraft, "2", event, base, heading, lat, lon);
    }

    @Test
    void aTakeOffFromAKnownBaseIsAcceptedAndPlacedAtTheBase() {
        Sighting s = check.check(input("2015-11-29T11:35:00+02:00", "su24", "take-off", "Khmeimim", "NE", "", ""));
        Observation o = s.observation();
        assertThat(o.aircraft()).isEqualTo(SU24);
        assertThat(o.base()).isEqualTo(HMEIMIM);
        assertThat(o.theatre()).as("taken from the base").isEqualTo("SY");
        assertThat(o.observedAt()).isEqualTo(TAKE_OFF);
        assertThat(o.count()).isEqualTo(2);
        assertThat(o.position()).isEqualTo(HMEIMIM.point());
        assertThat(s.observer().spotter()).isEqualTo("Falcon-7");
    }

    @Test
    void anOverflightIsPublishedOnlyAtItsCoarseCellNeverAtThePost() {
        Sighting s = check.check(new SightingInput("Falcon-7", "hill-12", POST, "SY", "2015-11-29T09:35:10Z", "Su-24M", "", "overflight", "", "45", "", ""));
        assertThat(s.reportedPosition()).isEqualTo(POST);
        assertThat(s.observation().position()).isNotEqualTo(POST).isEqualTo(new Coordinates(35.55, 36.05));
        assertThat(Geodesy.distanceKm(s.observation().position(), POST)).isLessThanOrEqualTo(CoarsePosition.UNCERTAINTY_KM);
        Sighting reported = check.check(input("2015-11-29T09:35:10Z", "Su-24M", "heading", "", "45", "35.81", "36.61").withTheatre("SY"));
        assertThat(reported.reportedPosition()).isEqualTo(new Coordinates(35.81, 36.61));
        assertThat(reported.observation().position()).isEqualTo(new Coordinates(35.85, 36.65));
    }

    @Test
    void aTimeInTheFutureIsRefusedBeyondAClockSkewOfTwoMinutes() {
        assertThat(check.check(input("2015-11-29T09:37:00Z", "Su-24", "take_off", "OSLK", "", "", "")).observation().observedAt())
                .as("90 s ahead: a phone's clock").isEqualTo(java.time.Instant.parse("2015-11-29T09:37:00Z"));
        assertThatThrownBy(() -> check.check(input("2015-11-29T09:45:00Z", "Su-24", "take_off", "OSLK", "", "", "")))
                .isInstanceOf(SightingRejectedException.class).hasMessageContaining("observedAt").hasMessageContaining("in the future");
        assertThatThrownBy(() -> check.check(input("2015-11-29 11:35", "Su-24", "take_off", "OSLK", "", "", "")))
                .hasMessageContaining("observedAt: '2015-11-29 11:35' is not a date-time with an offset");
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        SightingRejectedException e = catchThrowableOfType(SightingRejectedException.class,
                () -> check.check(input("2015-11-29T09:35:00Z", "Su-57", "take_off", "Tiyas", "400", "", "")));
        assertThat(e.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("heading", "base", "theatre");
        assertThat(e.getMessage()).contains("heading 400 is outside 0..360").contains("'Tiyas' is not a known base").contains("OSLK");
        SightingRejectedException unknownType = catchThrowableOfType(SightingRejectedException.class,
                () -> check.check(input("2015-11-29T09:35:00Z", "Su-57", "take_off", "OSLK", "", "", "")));
        assertThat(unknownType.getMessage()).contains("aircraft: 'Su-57' is not in the SY reference table (known: Su-24M, Mi-8)");
        SightingRejectedException noBase = catchThrowableOfType(SightingRejectedException.class,
                () -> check.check(input("2015-11-29T09:35:00Z", "Su-24", "take_off", "", "", "", "").withTheatre("SY")));
        assertThat(noBase.problems()).extracting(FieldProblem::toString).containsExactly("base: a take-off names the base it left");
        SightingRejectedException bad = catchThrowableOfType(SightingRejectedException.class,
                () -> check.check(new SightingInput("Falcon-7", "hill-12", null, "SY", "2015-11-29T09:35:00Z", "Mi-8", "0", "dancing", "", "", "91", "")));
        assertThat(bad.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("count", "event", "lon", "position");
    }

    @Test
    void protectedValuesAreNeverRepeatedInErrorsOrPrinted() {
        String longName = "Abu Mohammed of Kafr Nabl, the spotter on the water tower".repeat(2);
        SightingRejectedException e = catchThrowableOfType(SightingRejectedException.class,
                () -> check.check(new SightingInput(longName, "water tower, Kafr Nabl", POST, "SY", "2015-11-29T09:35:00Z", "Su-24", "", "overflight",
                        "", "", "", "")));
        assertThat(e.getMessage()).contains("spotter: missing or longer than 80 characters").doesNotContain("Kafr Nabl").doesNotContain("Abu");
        Sighting ok = check.check(new SightingInput("Abu Mohammed", "water tower, Kafr Nabl", POST, "SY", "2015-11-29T09:35:00Z", "Su-24", "", "overflight",
                "", "", "", ""));
        assertThat(ok.toString()).doesNotContain("Abu").doesNotContain("Kafr Nabl").doesNotContain("35.51");
        assertThat(ok.observer().toString()).isEqualTo("Observer[protected]");
        assertThat(ok.observation().toString()).doesNotContain("Abu").doesNotContain("Kafr Nabl").doesNotContain("35.512345");
    }
}
