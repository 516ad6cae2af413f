package org.groundtruth.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The map's position lives in the address beside the filters (issue 9 item 4: "a view can be shared"): an address
 * naming a position opens the map there, not framed around every match, and moving the map writes the new position.
 */
class MapPositionInAddressTest {
    @TempDir
    Path dir;
    @TempDir
    Path profile;
    TestServer t;
    Chromium c;

    @BeforeEach
    void start() {
        t = new TestServer(dir);
        t.add(IncidentForTest.at(35.8137, 36.6096).on("2015-11-29").titled("Market strike in Ariha").in("Ariha", "Idlib"));
        t.add(IncidentForTest.at(33.5138, 36.2765).on("2015-10-30").titled("Strike in Damascus").in("Damascus", "Damascus"));
        c = Chromium.start(t, profile);
    }

    @AfterEach
    void stop() {
        if (c != null) c.close();
        if (t != null) t.close();
    }

    @Test
    void aSharedAddressOpensTheMapWhereItWasAndMovingTheMapWritesThePosition() {
        c.open("/#/?governorate=Idlib&map=11/35.8137/36.6096");
        c.waitFor(() -> c.count().equals("1 incident match"));
        c.waitFor(() -> "1".equals(map().getAttribute("data-shown")));
        assertThat(c.browser.getCurrentUrl()).as("the address keeps the position it was opened with")
                .endsWith("#/?governorate=Idlib&map=11/35.8137/36.6096");

        // Without the filter both incidents match, but only Ariha lies in this view: the map stays where the address put it.
        c.open("/#/?map=11/35.8137/36.6096");
        c.waitFor(() -> c.count().equals("2 incidents match"));
        c.waitFor(() -> "1".equals(map().getAttribute("data-shown")));

        zoom("in", 12);
        for (int z = 11; z >= 8; z--) zoom("out", z);
        String shared = c.browser.getCurrentUrl();

        // The same address in a new page opens the same view.
        c.browser.get("about:blank");
        c.open(shared.substring(shared.indexOf("/#/")));
        c.waitFor(() -> c.count().equals("2 incidents match"));
        c.waitFor(() -> "1".equals(map().getAttribute("data-shown")));
        assertThat(c.browser.getCurrentUrl()).endsWith(shared.substring(shared.indexOf("#/")));

        // Opened with no position in the address, the map frames every match.
        c.browser.get("about:blank");
        c.open("/#/?q=Strike");
        c.waitFor(() -> "2".equals(map().getAttribute("data-shown")));
        assertThat(c.browser.getCurrentUrl()).contains("q=Strike&map=");
        assertThat(c.scriptErrors()).isEmpty();
    }

    /** Clicks the map's zoom button and waits until the address names the new zoom (same centre). */
    private void zoom(String direction, int expected) {
        c.browser.findElement(By.cssSelector(".leaflet-control-zoom-" + direction)).click();
        c.waitFor(() -> {
            // the centre moves by at most a pixel's rounding as the map zooms
            var m = java.util.regex.Pattern.compile("map=(\\d+)/([-.\\d]+)/([-.\\d]+)").matcher(c.browser.getCurrentUrl());
            return m.find() && Integer.parseInt(m.group(1)) == expected
                    && Math.abs(Double.parseDouble(m.group(2)) - 35.8137) < 0.002 && Math.abs(Double.parseDouble(m.group(3)) - 36.6096) < 0.002;
        });
    }

    private org.openqa.selenium.WebElement map() {
        return c.browser.findElement(By.id("map"));
    }
}
