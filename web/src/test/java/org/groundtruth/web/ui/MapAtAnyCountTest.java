package org.groundtruth.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportWriter;
import org.groundtruth.review.IncidentReviews;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The map and the list at more incidents than one page can hold (issue 9 item 4): 12,000 published incidents over
 * four years. The map counts every one of them per cell; the list starts with the newest; a cell opens into the list
 * of its incidents; the filters live in the address, so a view can be shared.
 */
class MapAtAnyCountTest {
    static final int INCIDENTS = 12_000;
    @TempDir
    Path dir;
    @TempDir
    Path profile;
    TestServer t;
    Chromium c;

    @BeforeEach
    void start() {
        t = new TestServer(dir);
        LocalDate first = LocalDate.of(2015, 9, 30);
        try (ImportWriter w = t.store.incidents().beginImport(new ImportMeta("spread.csv", "test", "0".repeat(64)))) {
            for (int n = 0; n < INCIDENTS; n++) {
                // a grid over western Syria, one a few hours apart: the newest is the last
                IncidentForTest i = IncidentForTest.at(33.5 + (n % 97) * 0.03, 35.9 + (n / 97 % 80) * 0.03).on(first.plusDays(n / 8).toString())
                        .titled("Strike " + n).in("Town " + n % 50, n % 2 == 0 ? "Idlib" : "Aleppo")
                        .hitting(n % 3 == 0 ? CivilianObject.MARKET : CivilianObject.RESIDENTIAL);
                w.upsert(i.record("spread:" + n));
            }
            w.commit();
        }
        t.store.port(IncidentReviews.PORT).publishAllDrafts(ChangeNote.system("test"));
        c = Chromium.start(t, profile);
    }

    @AfterEach
    void stop() {
        if (c != null) c.close();
        if (t != null) t.close();
    }

    @Test
    void theMapCountsEveryMatchTheListStartsWithTheNewestAndACellOpensIntoItsList() {
        c.open("/");
        assertThat(c.count()).isEqualTo("12,000 incidents match");
        WebElement map = c.browser.findElement(By.id("map"));
        assertThat(map.getAttribute("data-mode")).isEqualTo("cells");
        assertThat(cellCounts().stream().mapToInt(Integer::intValue).sum()).as("every incident is on the map").isEqualTo(INCIDENTS);
        assertThat(map.getAttribute("data-shown")).isEqualTo(String.valueOf(INCIDENTS));
        c.screenshot("map-cells");
        String newest = "Strike " + (INCIDENTS - 1);
        List<WebElement> items = c.browser.findElements(By.cssSelector("#incident-list li .title"));
        assertThat(items).hasSize(200);
        assertThat(items.getFirst().getText()).as("the list starts with the newest").isEqualTo(newest);
        assertThat(c.text("view")).startsWith("12,000 incidents match. Listing the newest 200.");

        WebElement cell = c.browser.findElements(By.cssSelector(".cell-count")).getFirst();
        int inCell = Integer.parseInt(cell.getText().replace(",", ""));
        cell.click();
        c.waitFor(() -> c.count().equals(String.format("%,d incident%s match", inCell, inCell == 1 ? "" : "s")));
        assertThat(c.browser.getCurrentUrl()).contains("#/?bbox=");
        assertThat(c.text("area-note")).contains("In the area opened on the map");
        c.browser.findElement(By.id("area-clear")).click();
        c.waitFor(() -> c.count().equals("12,000 incidents match"));
        assertThat(c.browser.getCurrentUrl()).doesNotContain("bbox=");
        assertThat(c.scriptErrors()).isEmpty();
    }

    @Test
    void theFiltersLiveInTheAddressSoAViewCanBeShared() {
        c.open("/#/?governorate=Idlib&object=market");
        int expected = t.get("/api/stats?governorate=Idlib&object=market").json().get("total").asInt();
        c.waitFor(() -> c.count().equals(String.format("%,d incidents match", expected)));
        assertThat(c.browser.findElement(By.id("f-governorate")).getAttribute("value")).isEqualTo("Idlib");
        assertThat(c.browser.findElement(By.id("f-object")).getAttribute("value")).isEqualTo("market");
        assertThat(cellCounts().stream().mapToInt(Integer::intValue).sum()).isEqualTo(expected);

        new Select(c.browser.findElement(By.id("f-governorate"))).selectByValue("Aleppo");
        c.waitFor(() -> c.browser.getCurrentUrl().contains("governorate=Aleppo"));
        assertThat(c.browser.getCurrentUrl()).contains("object=market");
        String shared = c.browser.getCurrentUrl();
        int aleppo = t.get("/api/stats?governorate=Aleppo&object=market").json().get("total").asInt();
        c.waitFor(() -> c.count().equals(String.format("%,d incidents match", aleppo)));

        // The same address in a new page shows the same view.
        c.browser.get("about:blank");
        c.browser.get(shared);
        c.waitFor(() -> c.count().equals(String.format("%,d incidents match", aleppo)));
        assertThat(c.browser.findElement(By.id("f-governorate")).getAttribute("value")).isEqualTo("Aleppo");
        // Reading an incident and coming back keeps the filters.
        c.browser.findElement(By.cssSelector("#incident-list a")).click();
        c.waitFor(() -> c.present("incident-page"));
        c.browser.findElement(By.linkText("← All incidents")).click();
        c.waitFor(() -> c.browser.getCurrentUrl().contains("governorate=Aleppo"));
        assertThat(c.count()).isEqualTo(String.format("%,d incidents match", aleppo));
        assertThat(c.scriptErrors()).isEmpty();
    }

    private List<Integer> cellCounts() {
        return c.browser.findElements(By.cssSelector(".cell-count")).stream().map(e -> Integer.parseInt(e.getText().replace(",", ""))).toList();
    }
}
