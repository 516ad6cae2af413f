package org.groundtruth.web.warning;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.groundtruth.warning.WarningForTest;
import org.groundtruth.web.WebSettings;

/** The test server's early-warning setup (the Syrian fixtures of core's WarningForTest) and sighting bodies. */
final class WarningForWeb {
    private WarningForWeb() {
    }

    static WarningSetup setup() {
        return WarningSetup.of(WarningForTest.AIRCRAFT, WarningForTest.BASES, WarningForTest.TOWNS);
    }

    static WebSettings settings(WarningSetup setup) {
        return WebSettings.local(0).withWarning(setup);
    }

    static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** A take-off from Hmeimim (the Ariha case's base) heading north-east, seen now from {@code post}. */
    static String takeOff(String post) {
        return """
                {"post": "%s", "observedAt": "%s", "aircraft": "Su-24M", "count": 2, "event": "take_off", "base": "OSLK", "heading": "NE"}
                """.formatted(post, now());
    }

    static String landing(String post) {
        return """
                {"post": "%s", "observedAt": "%s", "aircraft": "Su-24M", "event": "landing", "base": "OSLK"}
                """.formatted(post, now());
    }
}
