package org.groundtruth.web.ui;

import org.groundtruth.claim.ClaimLedger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.groundtruth.claim.ClaimForTest;
import org.groundtruth.claim.ClaimImport;
import org.groundtruth.claim.ClaimRecord;
import org.groundtruth.claim.ClaimedPlace;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.matching.LedgerMatching;
import org.groundtruth.matching.MatchParameters;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The incident page's claims and responses, the claimed/unclaimed map filter and the claims list, in Chromium. */
class ClaimsBrowserTest {
    @TempDir
    Path dir;
    @TempDir
    Path profile;
    TestServer t;
    ChromeDriver browser;
    Incident ariha;

    @BeforeEach
    void start() {
        assumeTrue(Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.CHROMEDRIVER), "no Chromium here");
        t = new TestServer(dir);
        ariha = t.add(IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Strike on the market in Ariha").in("Ariha", "Idlib")
                .hitting(CivilianObject.MARKET).killed(40, 49));
        t.add(IncidentForTest.at(34.73, 36.71).on("2015-09-30").titled("Talbiseh, homes hit").in("Talbiseh", "Homs"));
        try (ClaimImport im = t.store.port(ClaimLedger.PORT).beginImport(new ImportMeta("claims.csv", "claims-csv", null))) {
            im.upsert(new ClaimRecord("t:1", "test", ClaimForTest.by("Party A (synthetic)").on("2015-11-29").statedAt("2015-11-30T08:00:00Z")
                    .at(35.83, 36.62).target("terrorist command post").claim(), Map.of("id", "1"), null));
            im.upsert(new ClaimRecord("t:2", "test", ClaimForTest.by("Party B (synthetic)").place(ClaimedPlace.unplaced(List.of("Tell Nowhere"))).claim(),
                    Map.of("id", "2"), null));
            im.commit();
        }
        new LedgerMatching(t.store.port(ClaimLedger.PORT)).matchAll(MatchParameters.withinKmAndDays(25, 1));
        System.setProperty("webdriver.chrome.driver", BrowserTest.CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserTest.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,860", "--lang=en");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(BrowserTest.CHROMEDRIVER.toFile()).build(), options);
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
        if (t != null) t.close();
    }

    @Test
    void incidentPageShowsItsClaimsAndTakesAResponse() {
        browser.get(t.url("/"));
        waitFor(() -> "true".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready")));
        new Select(browser.findElement(By.id("f-claimed"))).selectByValue("true");
        waitFor(() -> count().equals("1 incident match"));
        assertThat(browser.findElement(By.id("incident-list")).getText()).contains("Strike on the market in Ariha", "claimed by a party");
        new Select(browser.findElement(By.id("f-claimed"))).selectByValue("false");
        waitFor(() -> browser.findElement(By.id("incident-list")).getText().contains("Talbiseh"));
        assertThat(count()).isEqualTo("1 incident match");

        browser.get(t.url("/#/incidents/" + ariha.publicId()));
        waitFor(() -> !browser.findElements(By.id("claims-section")).isEmpty());
        assertThat(browser.findElement(By.id("claims-section")).getText()).contains("Party A (synthetic)", "km apart");
        assertThat(browser.findElements(By.id("response-form"))).as("the public reads, investigators record").isEmpty();

        t.addUser("inv", org.groundtruth.account.Role.INVESTIGATOR);
        browser.get(t.url("/#/login"));
        waitFor(() -> !browser.findElements(By.id("login-form")).isEmpty());
        browser.findElement(By.name("name")).sendKeys("inv");
        browser.findElement(By.name("password")).sendKeys(TestServer.PASSWORD);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        waitFor(() -> !browser.findElements(By.id("who")).isEmpty());
        browser.get(t.url("/#/incidents/" + ariha.publicId()));
        waitFor(() -> !browser.findElements(By.id("response-form")).isEmpty());
        String claims = browser.findElement(By.id("claims-section")).getText();
        assertThat(claims).contains("Claims by the parties (1)", "Party A (synthetic)", "km apart", "claimed 'terrorist command post'", "a market was hit");

        var form = browser.findElement(By.id("response-form"));
        form.findElement(By.name("party")).sendKeys("Party A (synthetic)");
        new Select(form.findElement(By.name("kind"))).selectByValue("fake");
        form.findElement(By.name("text")).sendKeys("The reports are fake.");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(() -> browser.findElements(By.id("responses-section")).stream().anyMatch(e -> {
            try {
                return e.getText().contains("called it fake");
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return false;
            }
        }));
        assertThat(browser.findElement(By.id("responses-section")).getText()).contains("Responses (1)", "The reports are fake.");

        browser.get(t.url("/#/claims"));
        waitFor(() -> !browser.findElements(By.id("claim-list")).isEmpty());
        assertThat(browser.findElement(By.id("claims-page")).getText()).contains("2 claims", "Party A (synthetic)",
                "civilian harm reported nearby: 1 incident", "Party B (synthetic)", "not placed");
        browser.findElement(By.linkText("Only those the gazetteer could not place")).click();
        waitFor(() -> {
            try { // the page is drawn again when the list arrives: the element found may be replaced meanwhile
                return browser.findElement(By.id("claims-page")).getText().contains("Claims without a place");
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException redrawn) {
                return false;
            }
        });
        assertThat(browser.findElements(By.cssSelector("#claim-list li"))).hasSize(1);
    }

    private String count() {
        return browser.findElement(By.id("match-count")).getText();
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .withMessage(() -> "page shows: " + browser.findElement(By.tagName("body")).getText().lines().limit(20).toList())
                .until(d -> condition.getAsBoolean());
    }
}
