package org.groundtruth.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.groundtruth.account.Role;
import org.groundtruth.gazetteer.BundledGazetteer;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.placename.BundledPlaceNames;
import org.groundtruth.placename.PlaceDirectory;
import org.groundtruth.web.TestServer;
import org.groundtruth.web.WebSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The new-incident form looks the place up in the gazetteer (issue 9 item 5): typing a name in Arabic, Latin or
 * Ukrainian letters offers places, and choosing one fills the coordinates, the precision, the governorate and the
 * district; coordinates stay possible for experts.
 */
class PlaceLookupInTheFormTest {
    static final PlaceDirectory PLACES = BundledPlaceNames.load(BundledGazetteer.load());
    static final List<String> GOVERNORATES = BundledGazetteer.load().governorates(null).stream().map(p -> p.name()).sorted().distinct().toList();
    @TempDir
    Path dir;
    @TempDir
    Path profile;
    TestServer t;
    Chromium c;

    @BeforeEach
    void start() {
        t = new TestServer(dir, WebSettings.local(0).withGovernorates(() -> GOVERNORATES).withPlaces(PLACES));
        t.addUser("amal", Role.INVESTIGATOR);
        c = Chromium.start(t, profile);
    }

    @AfterEach
    void stop() {
        if (c != null) c.close();
        if (t != null) t.close();
    }

    @Test
    void choosingAPlaceFillsItsCoordinatesPrecisionAndGovernorate() {
        c.signIn("amal");
        c.open("/#/new");
        c.waitFor(() -> c.present("incident-form"));
        assertThat(c.browser.findElement(By.name("lat")).isDisplayed()).as("coordinates are folded away for experts").isFalse();
        c.browser.findElement(By.name("title")).sendKeys("Market strike");
        c.script("document.querySelector('[name=firstDay]').value = '2015-11-29'");

        WebElement place = c.browser.findElement(By.id("place-name"));
        place.sendKeys("أريح");
        c.waitFor(() -> suggestions().stream().anyMatch(s -> s.startsWith("Ariha")));
        assertThat(suggestions().getFirst()).startsWith("Ariha").contains("أريحا", "town", "Idlib", "SY");
        c.screenshot("place-lookup");
        c.browser.findElements(By.cssSelector(".place-suggestion")).getFirst().click();
        assertThat(place.getAttribute("value")).isEqualTo("Ariha");
        assertThat(Double.parseDouble(value("lat"))).isCloseTo(35.81, org.assertj.core.data.Offset.offset(0.02));
        assertThat(Double.parseDouble(value("lon"))).isCloseTo(36.61, org.assertj.core.data.Offset.offset(0.02));
        assertThat(value("locationPrecision")).isEqualTo("town");
        assertThat(value("governorate")).isEqualTo("Idlib");
        assertThat(value("countryCode")).isEqualTo("SY");
        assertThat(c.text("place-note")).contains("Placed at Ariha", "from the gazetteer");

        c.browser.findElement(By.cssSelector("#incident-form button[type=submit]")).click();
        c.waitFor(() -> c.present("incident-page"));
        Incident created = t.store.incidents().search(IncidentQuery.all()).items().getFirst();
        assertThat(created.facts().location().placeName()).isEqualTo("Ariha");
        assertThat(created.facts().location().governorate()).isEqualTo("Idlib");
        assertThat(created.facts().location().precision()).isEqualTo(LocationPrecision.TOWN);
        assertThat(created.facts().location().placedBy()).as("the gazetteer placed it, not a hand").isEqualTo(PlacedBy.GAZETTEER);
        assertThat(c.scriptErrors()).isEmpty();
    }

    @Test
    void ukrainianAndLatinNamesFindPlacesTooAndTheKeysChoose() {
        c.signIn("amal");
        c.open("/#/new");
        c.waitFor(() -> c.present("incident-form"));
        WebElement place = c.browser.findElement(By.id("place-name"));
        place.sendKeys("Харків");
        c.waitFor(() -> suggestions().stream().anyMatch(s -> s.startsWith("Kharkiv")));
        assertThat(suggestions().getFirst()).startsWith("Kharkiv").contains("Харків", "UA");
        place.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        c.waitFor(() -> "Kharkiv".equals(place.getAttribute("value")));
        assertThat(value("countryCode")).isEqualTo("UA");
        assertThat(value("governorate")).isNotBlank();

        place.clear();
        place.sendKeys("Maarat al-Nu");
        c.waitFor(() -> suggestions().stream().anyMatch(s -> s.startsWith("Ma")));
        assertThat(suggestions().getFirst()).contains("Idlib");
        // a name the gazetteer lacks says so, and coordinates can still be given by hand
        assertThat(t.get("/api/places?q=Nowhereville").json().get("places")).isEmpty();
        place.clear();
        place.sendKeys("Nowhereville");
        c.waitFor(() -> c.text("place-name-suggestions").contains("No place of that name"));
        c.browser.findElement(By.cssSelector("#coordinates summary")).click();
        assertThat(c.browser.findElement(By.name("lat")).isDisplayed()).isTrue();
        assertThat(c.scriptErrors()).isEmpty();
    }

    @Test
    void theLookUpIsPublicBoundedAndSaysWhatIsWrong() {
        var found = t.get("/api/places?q=" + java.net.URLEncoder.encode("حلب", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("places").get(0).get("name").asText()).isEqualTo("Aleppo");
        assertThat(t.get("/api/places?q=Al&limit=3").json().get("places")).hasSize(3);
        assertThat(t.get("/api/places").json().get("description").asText()).contains("required");
        assertThat(t.get("/api/places?q=Al&limit=500").status()).isEqualTo(400);
        assertThat(t.get("/api/places?q=" + "a".repeat(101)).status()).isEqualTo(400);
        assertThat(t.get("/api/places?q=Al&page=2").status()).isEqualTo(400);
    }

    private List<String> suggestions() {
        return c.browser.findElements(By.cssSelector(".place-suggestion")).stream().map(e -> {
            try {
                return e.getText().replace('\n', ' ');
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return "";
            }
        }).toList();
    }

    private String value(String name) {
        return c.browser.findElement(By.cssSelector("#incident-form [name=" + name + "]")).getAttribute("value");
    }
}
