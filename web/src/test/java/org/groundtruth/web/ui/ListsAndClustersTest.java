package org.groundtruth.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 9 item 4 as a reader meets it where few incidents are in view: a cluster of markers opens into the list of its
 * incidents (every one of them, also those on the area's edge), and the list sorts by any date, the order kept in the
 * address.
 */
class ListsAndClustersTest {
    @TempDir
    Path dir;
    @TempDir
    Path profile;
    TestServer t;
    Chromium c;

    @BeforeEach
    void start() {
        t = new TestServer(dir);
        // recorded in this order; the strikes' own dates in another
        t.add(IncidentForTest.at(35.81374449, 36.61).on("2015-11-29").titled("Ariha market").in("Ariha", "Idlib"));
        t.add(IncidentForTest.at(35.80, 36.60000051).on("2015-10-15").titled("Ariha bakery").in("Ariha", "Idlib"));
        t.add(IncidentForTest.at(35.805, 36.605).on("2016-02-01").titled("Ariha school").in("Ariha", "Idlib"));
        t.add(IncidentForTest.at(33.5138, 36.2765).on("2015-10-01").titled("Damascus clinic").in("Damascus", "Damascus"));
        t.add(IncidentForTest.at(36.2012, 37.1612).on("2016-05-05").titled("Aleppo mosque").in("Aleppo", "Aleppo"));
        c = Chromium.start(t, profile);
    }

    @AfterEach
    void stop() {
        if (c != null) c.close();
        if (t != null) t.close();
    }

    @Test
    void aClusterOfMarkersOpensIntoTheListOfItsIncidents() {
        c.open("/#/?map=9/35.8100/36.6000");
        c.waitFor(() -> "points".equals(c.browser.findElement(By.id("map")).getAttribute("data-mode")));
        c.waitFor(() -> !c.browser.findElements(By.cssSelector(".marker-cluster")).isEmpty());
        assertThat(c.browser.findElement(By.cssSelector(".marker-cluster")).getText()).isEqualTo("3");
        c.browser.findElement(By.cssSelector(".marker-cluster")).click();
        c.waitFor(() -> c.count().equals("3 incidents match"));
        assertThat(titles()).containsExactlyInAnyOrder("Ariha market", "Ariha bakery", "Ariha school");
        assertThat(c.browser.getCurrentUrl()).contains("bbox=");
        assertThat(c.text("area-note")).contains("In the area opened on the map");
        c.browser.findElement(By.id("area-clear")).click();
        c.waitFor(() -> c.count().equals("5 incidents match"));
        assertThat(c.scriptErrors()).isEmpty();
    }

    @Test
    void theListSortsByAnyDateAndTheAddressKeepsTheOrder() {
        c.open("/");
        c.waitFor(() -> c.count().equals("5 incidents match"));
        assertThat(titles()).containsExactly("Aleppo mosque", "Ariha school", "Ariha market", "Ariha bakery", "Damascus clinic");
        new Select(c.browser.findElement(By.id("list-order"))).selectByValue("date");
        c.waitFor(() -> titles().getFirst().equals("Damascus clinic"));
        assertThat(titles()).containsExactly("Damascus clinic", "Ariha bakery", "Ariha market", "Ariha school", "Aleppo mosque");
        c.waitFor(() -> c.browser.getCurrentUrl().contains("sort=date"));
        String shared = c.browser.getCurrentUrl();

        new Select(c.browser.findElement(By.id("list-order"))).selectByValue("-recorded");
        c.waitFor(() -> titles().getFirst().equals("Aleppo mosque"));
        assertThat(titles()).containsExactly("Aleppo mosque", "Damascus clinic", "Ariha school", "Ariha bakery", "Ariha market");
        new Select(c.browser.findElement(By.id("list-order"))).selectByValue("recorded");
        c.waitFor(() -> titles().getFirst().equals("Ariha market"));

        c.browser.get("about:blank");
        c.open(shared.substring(shared.indexOf("/#/")));
        c.waitFor(() -> titles().size() == 5 && titles().getFirst().equals("Damascus clinic"));
        assertThat(new Select(c.browser.findElement(By.id("list-order"))).getFirstSelectedOption().getText()).isEqualTo("Oldest strikes first");
        assertThat(c.scriptErrors()).isEmpty();
    }

    private List<String> titles() {
        return c.browser.findElements(By.cssSelector("#incident-list li .title")).stream().map(e -> {
            try {
                return e.getText();
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return "";
            }
        }).toList();
    }
}
