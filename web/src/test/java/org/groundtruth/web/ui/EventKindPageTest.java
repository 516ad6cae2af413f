package org.groundtruth.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.groundtruth.incident.EventKind;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 10 item 1 in headless Chromium: the map and list show strikes by default, the kind filter is in the address,
 * and a toll the source did not count reads "not counted", never "0" (issue 9's smaller things).
 */
class EventKindPageTest {
    @TempDir
    Path dir;
    @TempDir
    Path profile;
    TestServer t;
    Chromium c;
    Incident strike;

    @BeforeEach
    void start() {
        t = new TestServer(dir);
        strike = t.add(IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Market in Ariha").in("Ariha", "Idlib"));
        t.add(IncidentForTest.at(35.9, 36.6).on("2015-11-30").titled("Missile on Saraqib").kind(EventKind.MISSILE).killed(2, 2));
        t.add(IncidentForTest.at(36.2, 37.1).on("2016-02-11").titled("Battle with IS").kind(EventKind.GROUND_FIGHTING).killed(0, 0));
        t.add(IncidentForTest.at(36.1, 37.0).on("2016-02-12").titled("Shells on Aleppo").kind(EventKind.SHELLING));
        c = Chromium.start(t, profile);
    }

    @AfterEach
    void stop() {
        if (c != null) c.close();
        if (t != null) t.close();
    }

    @Test
    void theMapAndListShowStrikesUntilTheReaderAsksForOtherKindsAndTheAddressSaysSo() {
        c.open("/");
        c.waitFor(() -> c.count().equals("2 incidents match"));
        assertThat(c.text("incident-list")).contains("Market in Ariha", "Missile on Saraqib").doesNotContain("Battle with IS");
        new Select(c.browser.findElement(By.id("f-kind"))).selectByValue("all");
        c.waitFor(() -> c.count().equals("4 incidents match"));
        c.waitFor(() -> ((String) c.script("return location.hash")).contains("kind=all"));
        assertThat(c.text("incident-list")).contains("Battle with IS", "ground fighting", "Shells on Aleppo", "shelling");
        // a shared address with the kind filter opens on it
        c.open("/#/?kind=ground_fighting");
        c.waitFor(() -> c.count().equals("1 incident match") || c.count().equals("1 incidents match"));
        assertThat(new Select(c.browser.findElement(By.id("f-kind"))).getFirstSelectedOption().getText()).isEqualTo("Ground fighting");
        assertThat(c.text("incident-list")).contains("Battle with IS").contains("killed 0");
    }

    @Test
    void aTollTheSourceDidNotCountReadsNotCounted() {
        c.open("/");
        c.waitFor(() -> c.text("incident-list").contains("Market in Ariha"));
        assertThat(c.text("incident-list")).contains("killed not counted").contains("killed 2");
        c.open("/#/incidents/" + strike.publicId());
        c.waitFor(() -> c.text("view").contains("Kind of event"));
        assertThat(c.text("view")).contains("air or drone strike").contains("Killed not counted").doesNotContain("Killed 0");
        assertThat(c.scriptErrors()).isEmpty();
    }
}
