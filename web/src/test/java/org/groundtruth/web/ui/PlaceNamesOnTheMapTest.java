package org.groundtruth.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.groundtruth.gazetteer.BundledGazetteer;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.placename.BundledPlaceNames;
import org.groundtruth.placename.PlaceDirectory;
import org.groundtruth.web.TestServer;
import org.groundtruth.web.WebSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Place names on the map (issue 9 item 5): offline, from the gazetteer, served by the app; the larger towns at low
 * zoom, villages only when zoomed in; credited.
 */
class PlaceNamesOnTheMapTest {
    static final PlaceDirectory PLACES = BundledPlaceNames.load(BundledGazetteer.load());
    @TempDir
    Path dir;
    @TempDir
    Path profile;
    TestServer t;
    Chromium c;

    @BeforeEach
    void start() {
        t = new TestServer(dir, WebSettings.local(0).withGovernorates(() -> List.of("Idlib", "Aleppo")).withPlaces(PLACES));
        t.add(IncidentForTest.at(35.8137, 36.6096).on("2015-11-29").titled("Market strike in Ariha").in("Ariha", "Idlib"));
        c = Chromium.start(t, profile);
    }

    @AfterEach
    void stop() {
        if (c != null) c.close();
        if (t != null) t.close();
    }

    @Test
    void theMapNamesTheLargerTownsFirstAndVillagesOnlyWhenZoomedIn() {
        c.open("/#/?map=6/35.0000/38.5000");
        c.waitFor(() -> names().contains("Aleppo"));
        List<String> country = names();
        assertThat(country).contains("Aleppo", "Damascus", "Homs", "Latakia").doesNotContain("Ariha", "Sarmin");
        assertThat(country.size()).as("a country's view names its cities, not every village").isBetween(8, 60);
        c.waitFor(() -> !c.browser.findElements(By.cssSelector(".admin1-label")).isEmpty());
        c.waitFor(() -> overlapping().isEmpty()); // the governorates' names give way to the towns'
        assertThat(c.browser.findElements(By.cssSelector(".admin1-label")).stream().filter(e -> e.isDisplayed()).count())
                .as("the governorates not covered by a town's name are still named").isGreaterThan(5);
        c.screenshot("place-names-country");

        c.browser.get("about:blank");
        c.open("/#/?map=12/35.8137/36.6096");
        c.waitFor(() -> names().contains("Ariha"));
        assertThat(names()).as("close up, the villages around Ariha are named too").hasSizeGreaterThan(3);
        assertThat(overlapping()).as("no two names overlap").isEmpty();
        c.screenshot("place-names-town");

        assertThat(c.text("attribution")).contains("place names: GeoNames (CC BY 4.0)");
        assertThat(c.browser.findElement(By.cssSelector(".leaflet-control-attribution")).getText()).contains("GeoNames");
        assertThat(c.scriptErrors()).isEmpty();
    }

    @Test
    void theNamesComeFromTheAppItself() {
        var answer = t.get("/api/map/names?zoom=6&bbox=35.5,32.3,42.4,37.4");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("names").findValuesAsText("name")).contains("Aleppo", "Damascus").doesNotContain("Ariha");
        assertThat(t.get("/api/map/names?zoom=11&bbox=36.5,35.7,36.7,35.9").json().get("names").findValuesAsText("name")).contains("Ariha");
        assertThat(t.get("/api/map/names?zoom=19").status()).isEqualTo(400);
        assertThat(t.get("/api/map/names").json().get("description").asText()).contains("zoom");
        assertThat(t.get("/api/map/names?zoom=6&bbox=1,2").status()).isEqualTo(400);
    }

    @SuppressWarnings("unchecked")
    private List<String> names() {
        return (List<String>) c.script("return [...document.querySelectorAll('.place-name span')].map((s) => s.textContent);");
    }

    /** Pairs of names (of places and of governorates) whose boxes on screen overlap. */
    @SuppressWarnings("unchecked")
    private List<String> overlapping() {
        return (List<String>) c.script("""
                const r = [...document.querySelectorAll('.place-name span, .admin1-label')].filter((s) => s.style.visibility !== 'hidden')
                  .map((s) => [s.textContent, s.getBoundingClientRect()]);
                const out = [];
                for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++) {
                  const a = r[i][1], b = r[j][1];
                  if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) out.push(r[i][0] + ' / ' + r[j][0]);
                }
                return out;""");
    }
}
