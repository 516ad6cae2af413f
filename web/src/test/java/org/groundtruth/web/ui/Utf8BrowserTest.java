package org.groundtruth.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;

/**
 * Where issue 9 saw "???? ???": an Arabic title with typographic characters in the map list and the marker's popup,
 * which read the OGC items (application/geo+json) as the page gets them, in headless Chromium.
 */
class Utf8BrowserTest {
    static final String TITLE = "سوق أريحا الشعبي «السبت» — Харків… it’s";
    @TempDir
    Path dir;
    @TempDir
    Path profile;
    TestServer t;
    Chromium c;

    @AfterEach
    void stop() {
        if (c != null) c.close();
        if (t != null) t.close();
    }

    @Test
    void theListAndThePopupShowArabicUkrainianAndTypographicTextIntact() {
        t = new TestServer(dir);
        t.add(IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled(TITLE).in("أريحا", "Idlib"));
        c = Chromium.start(t, profile);
        c.open("/");
        c.waitFor(() -> c.browser.findElement(By.id("incident-list")).getText().contains("أريحا"));
        assertThat(c.browser.findElement(By.cssSelector("#incident-list li .title")).getText()).isEqualTo(TITLE);
        c.waitFor(() -> {
            try {
                c.browser.findElement(By.cssSelector(".leaflet-overlay-pane path.leaflet-interactive")).click();
                return !c.browser.findElements(By.cssSelector(".leaflet-popup-content")).isEmpty();
            } catch (WebDriverException e) {
                return false;
            }
        });
        assertThat((String) c.script("return document.querySelector('.leaflet-popup-content').textContent")).contains(TITLE, "أريحا");
    }
}
