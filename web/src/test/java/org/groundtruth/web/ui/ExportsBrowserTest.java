package org.groundtruth.web.ui;

import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The Download data page in Chromium: its link follows the list's filters, names those it cannot apply, and downloads. */
class ExportsBrowserTest {
    @TempDir
    Path dir;
    @TempDir
    Path profile;
    TestServer t;
    Chromium c;

    @BeforeEach
    void start() {
        t = new TestServer(dir);
        t.add(IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Strike on the market in Ariha").in("Ariha", "Idlib"));
        t.add(IncidentForTest.at(34.73, 36.71).on("2015-09-30").titled("Talbiseh, homes hit").in("Talbiseh", "Homs"));
        c = Chromium.start(t, profile);
    }

    @AfterEach
    void stop() {
        if (c != null) c.close();
        if (t != null) t.close();
    }

    @Test
    void theDownloadLinkFollowsTheFiltersAndServesTheFile() {
        c.open("/#/?governorate=Idlib&q=market");
        c.waitFor(() -> c.count().equals("1 incident match"));
        c.browser.findElement(By.id("downloads-link")).click();
        c.waitFor(() -> c.present("export-download"));
        String href = c.browser.findElement(By.id("export-download")).getAttribute("href");
        assertThat(href).endsWith("/api/exports/incidents.csv?governorate=Idlib");
        assertThat(c.text("export-filters")).isEqualTo("Published incidents matching governorate Idlib.");
        assertThat(c.text("export-skipped")).isEqualTo("Not applied to downloads: text.");

        new Select(c.browser.findElement(By.id("export-format"))).selectByValue("gpkg");
        assertThat(c.browser.findElement(By.id("export-download")).getAttribute("href")).endsWith("/api/exports/incidents.gpkg?governorate=Idlib");
        assertThat(c.browser.findElement(By.id("export-hxl")).isEnabled()).isFalse();
        new Select(c.browser.findElement(By.id("export-format"))).selectByValue("csv");
        c.browser.findElement(By.id("export-hxl")).click();
        String csvHref = c.browser.findElement(By.id("export-download")).getAttribute("href");
        assertThat(csvHref).endsWith("incidents.csv?governorate=Idlib&hxl=true");
        Object text = c.browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", csvHref);
        assertThat((String) text).contains("Strike on the market in Ariha").doesNotContain("Talbiseh");
        assertThat(c.scriptErrors()).isEmpty();
        c.screenshot("downloads");
    }
}
