package org.groundtruth.web.ui;

import org.groundtruth.account.AccountStore;
import org.groundtruth.merging.MergeLedger;
import org.groundtruth.review.IncidentReviews;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.Incident;
import org.groundtruth.time.IncidentDate;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the UI in headless Chromium against a real server and SQLite store: filter, watch the count change, open an
 * incident, correct it; then the same page at a phone's 390 px. Skips where Debian's chromium and chromedriver are
 * missing; never lets Selenium Manager download a browser.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dir;
    @TempDir
    Path profile;
    TestServer t;
    ChromeDriver browser;
    Incident ariha;

    @BeforeEach
    void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no Chromium here: install Debian's chromium and chromedriver (/usr/bin/chromium, /usr/bin/chromedriver) to run the browser test");
        t = new TestServer(dir);
        ariha = t.add(IncidentForTest.at(35.8126, 36.6096).on(IncidentDate.at(java.time.LocalDate.of(2015, 11, 29), java.time.LocalTime.of(13, 45), java.time.ZoneOffset.ofHours(2)))
                .titled("Strike on the market in Ariha").in("Ariha", "Idlib").summary("Rockets hit the crowded vegetable market.")
                .hitting(CivilianObject.MARKET).by("Russian warplanes").killed(40, 49));
        t.add(IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Second strike at the same spot in Ariha").in("Ariha", "Idlib")
                .hitting(CivilianObject.RESIDENTIAL).by("Russian warplanes").killed(3, 3));
        t.add(IncidentForTest.at(34.7300, 36.7100).on("2015-09-30").titled("Talbiseh, homes hit").in("Talbiseh", "Homs")
                .hitting(CivilianObject.RESIDENTIAL).by("Russian warplanes").killed(17, 17));
        t.add(IncidentForTest.at(35.9310, 36.6340).on("2015-10-12").titled("Hospital in Idlib city").in("Idlib", "Idlib")
                .hitting(CivilianObject.MEDICAL).by("Russian or Syrian government forces").killed(0, 2));
        t.add(IncidentForTest.at(35.3000, 36.6500).on("2015-10-20").titled("Kafr Nabudah mosque").in("Kafr Nabudah", "Hama")
                .hitting(CivilianObject.PLACE_OF_WORSHIP).killed(5, 9));
        t.add(IncidentForTest.at(36.2021, 37.1343).on(IncidentDate.inMonth(2015, 11)).titled("Aleppo school, November").in("Aleppo", "Aleppo")
                .hitting(CivilianObject.SCHOOL));
        t.add(IncidentForTest.at(35.5200, 35.7800).on("2015-11-03").titled("Latakia countryside market").in("Salma", "Latakia")
                .hitting(CivilianObject.MARKET).killed(1, 4));
        t.add(IncidentForTest.unplaced(null, null).on("2015-10-05").titled("Unplaced report from Hama countryside").in("Kafr Zita", "Hama"));

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,860", "--lang=en");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
        if (t != null) t.close();
    }

    @Test
    void filterSeeTheCountChangeOpenAndCorrectAnIncident() throws IOException {
        browser.get(t.url("/"));
        waitReady();
        assertThat(count()).isEqualTo("8 incidents match");
        assertThat(browser.findElements(By.cssSelector("#incident-list li"))).hasSize(8);
        assertThat(browser.findElements(By.cssSelector(".leaflet-overlay-pane path")).size()).as("country outlines drawn").isGreaterThan(50);
        assertThat(browser.findElements(By.cssSelector(".marker-cluster, .leaflet-marker-pane *, .leaflet-overlay-pane path.leaflet-interactive"))).isNotEmpty();
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(loaded).as("every asset comes from the app itself").isNotEmpty().allMatch(u -> u.startsWith(t.server.baseUrl()));
        screenshot("map-desktop");

        // Dragging across the first third of the timeline (weekly bins from the week of 2015-09-28) picks a period.
        WebElement timeline = browser.findElement(By.id("timeline"));
        int width = timeline.getRect().getWidth();
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(timeline, -width / 2 + 3, 0).clickAndHold()
                .moveByOffset((int) (width * 0.3) - 3, 0).release().perform();
        waitFor(() -> count().equals("3 incidents match"));
        assertThat(browser.findElement(By.id("timeline-label")).getText()).isEqualTo("Period: 2015-09-28 to 2015-10-18");
        assertThat(browser.findElement(By.id("f-from")).getAttribute("value")).isEqualTo("2015-09-28");
        screenshot("timeline-period");
        browser.findElement(By.id("timeline-clear")).click();
        waitFor(() -> count().equals("8 incidents match"));

        new Select(browser.findElement(By.id("f-object"))).selectByValue("market");
        waitFor(() -> count().equals("2 incidents match"));
        assertThat(browser.findElements(By.cssSelector("#incident-list li"))).hasSize(2);

        WebElement text = browser.findElement(By.id("f-q"));
        text.sendKeys("Ariha");
        waitFor(() -> count().equals("1 incident match"));

        assertThat(browser.findElement(By.cssSelector("#incident-list a")).getAttribute("href"))
                .as("the public's links name incidents by public id, never by number").endsWith("#/incidents/" + ariha.publicId());
        browser.findElement(By.cssSelector("#incident-list a")).click();
        waitFor(() -> !browser.findElements(By.cssSelector("#incident-page h2")).isEmpty());
        assertThat(browser.getCurrentUrl()).endsWith("#/incidents/" + ariha.publicId());
        assertThat(browser.findElement(By.id("public-id")).getText()).isEqualTo(ariha.publicId());
        assertThat(browser.findElement(By.id("incident-page")).getText()).as("no internal number for the public").doesNotContain("internal #");
        String page = browser.findElement(By.id("incident-page")).getText();
        assertThat(page).contains("Strike on the market in Ariha", "2015-11-29 13:45 +02:00", "precision: exact time",
                "precision: town", "40-49", "Test monitor", "https://example.org/report", "Russian warplanes");
        screenshot("incident-desktop");

        assertThat(browser.findElements(By.linkText("Correct this incident"))).as("the public cannot correct").isEmpty();
        t.addUser("rania", org.groundtruth.account.Role.INVESTIGATOR);
        signIn("rania");
        browser.get(t.url("/#/incidents/" + ariha.publicId()));
        waitFor(() -> !browser.findElements(By.linkText("Correct this incident")).isEmpty());
        assertThat(browser.findElement(By.id("incident-page")).getText()).as("staff see the number the CLI takes").contains("internal #" + ariha.id());
        browser.findElement(By.linkText("Correct this incident")).click();
        waitFor(() -> !browser.findElements(By.id("incident-form")).isEmpty());
        WebElement killedMin = browser.findElement(By.name("killedMin"));
        killedMin.clear();
        killedMin.sendKeys("44");
        // ariha is published: the correction asks why and waits for a reviewer (issue 9 item 8; ReviewBrowserTest publishes one)
        browser.findElement(By.id("correction-reason")).sendKeys("the morgue's count");
        browser.findElement(By.cssSelector("#incident-form button[type=submit]")).click();
        waitFor(() -> !browser.findElements(By.id("pending-changes")).isEmpty());
        assertThat(browser.findElement(By.id("pending-changes")).getText()).contains("40-49", "44-49");
        assertThat(t.store.incidents().pendingRevision(ariha.id()).orElseThrow().facts().casualties().killed().min()).isEqualTo(44);
        assertThat(t.store.incidents().find(ariha.id()).orElseThrow().facts().casualties().killed().min()).as("the public's version").isEqualTo(40);

        browser.findElement(By.id("new-link")).click();
        waitFor(() -> !browser.findElements(By.id("incident-form")).isEmpty());
        browser.findElement(By.name("title")).sendKeys("Bakery in Maarat al-Numan");
        ((JavascriptExecutor) browser).executeScript("document.querySelector('[name=firstDay]').value = '2015-12-01'");
        browser.findElement(By.cssSelector("#coordinates summary")).click(); // an expert gives coordinates instead of a place
        browser.findElement(By.name("lat")).sendKeys("35.6430");
        browser.findElement(By.name("lon")).sendKeys("36.6710");
        browser.findElement(By.name("sourceName")).sendKeys("Local council");
        screenshot("form-desktop");
        browser.findElement(By.cssSelector("#incident-form button[type=submit]")).click();
        waitFor(() -> !browser.findElements(By.cssSelector("#incident-page h2")).isEmpty());
        assertThat(browser.findElement(By.id("incident-page")).getText()).contains("Bakery in Maarat al-Numan", "2015-12-01", "Local council");
        assertThat(t.store.incidents().search(org.groundtruth.incident.IncidentQuery.all()).numberMatched()).isEqualTo(9);
    }

    @Test
    void markersAtOneSpotSeparateWhenTheirClusterIsClicked() throws IOException {
        browser.get(t.url("/#/incidents/" + ariha.publicId()));
        waitReady();
        waitFor(() -> !browser.findElements(By.cssSelector("#incident-page h2")).isEmpty());
        // the incident being read is marked, with the circle of its location uncertainty (town level: about 5 km)
        waitFor(() -> !browser.findElements(By.cssSelector("path.selected-incident")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("path.uncertainty"))).hasSize(1);
        assertThat(browser.findElement(By.id("incident-page")).getText()).contains("about ±5 km");
        screenshot("incident-selected");
        // The two Ariha incidents share one point, so no zoom level can split their cluster; clicking spiderfies it.
        By twoAtOneSpot = By.xpath("//div[contains(@class,'marker-cluster')][normalize-space(.)='2']");
        waitFor(() -> !browser.findElements(twoAtOneSpot).isEmpty());
        int before = browser.findElements(By.cssSelector(".leaflet-overlay-pane path.leaflet-interactive")).size();
        // the cluster may still be fading in or moving with the map's zoom animation: click once it takes the click
        waitFor(() -> {
            try {
                browser.findElement(twoAtOneSpot).click();
                return true;
            } catch (org.openqa.selenium.ElementNotInteractableException | org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
        By paths = By.cssSelector(".leaflet-overlay-pane path.leaflet-interactive");
        waitFor(() -> browser.findElements(paths).size() >= before + 2);
        int spiderfied = browser.findElements(paths).size();
        screenshot("spiderfied");
        // a small pan brings a new answer with the same incidents: the opened cluster stays open
        String drawn = browser.findElement(By.id("map")).getAttribute("data-drawn");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('map').focus()");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT).perform();
        waitFor(() -> !drawn.equals(browser.findElement(By.id("map")).getAttribute("data-drawn")));
        assertThat(browser.findElements(paths)).hasSize(spiderfied);
    }

    @Test
    void incidentPageShowsAttributionObjectivesAndGradeAndAReviewerOverridesIt() throws IOException {
        t.as(org.groundtruth.account.Role.INVESTIGATOR).send("POST", "/api/objectives", """
                {"name": "Hmeimim air base", "kind": "airbase", "wkt": "POINT (35.9487 35.4011)", "validFrom": "2015-09-30",
                 "party": "Russian military", "source": "MoD, 30 Sep 2015"}""");
        t.addUser("amira", org.groundtruth.account.Role.REVIEWER);
        signIn("amira");
        browser.get(t.url("/#/incidents/" + ariha.publicId()));
        waitReady();
        waitFor(() -> !browser.findElements(By.id("attribution-verdict")).isEmpty());
        assertThat(browser.findElement(By.id("attribution-verdict")).getText()).startsWith("Russian military");
        assertThat(browser.findElement(By.id("objective-analysis")).getText())
                .contains("No military objective known within 1 km of a market struck at midday").contains("Hmeimim air base");
        assertThat(browser.findElement(By.id("grade")).getText()).contains("weak").contains("(computed)");
        WebElement form = browser.findElement(By.id("override-form"));
        new Select(form.findElement(By.name("grade"))).selectByValue("fair");
        form.findElement(By.name("reason")).sendKeys("Second independent source found by phone");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(() -> {
            try { // the page is drawn again after the override, so an element found a moment ago may be gone
                return browser.findElement(By.id("grade")).getText().contains("set by amira");
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
        assertThat(browser.findElement(By.id("grade")).getText()).contains("fair").contains("Second independent source found by phone");
        screenshot("incident-assessment");
        browser.get(t.url("/#/"));
        waitFor(() -> count().equals("8 incidents match"));
        new Select(browser.findElement(By.id("f-grade"))).selectByValue("fair");
        waitFor(() -> count().equals("1 incident match") || count().equals("1 incidents match"));
        browser.findElement(By.id("f-objectives")).click();
        waitFor(() -> !browser.findElements(By.cssSelector("path.objective")).isEmpty());
    }

    /** Real UCDP GED events (with attribution in the page footer) for the picture in the README. */
    @Test
    void readmeScreenshotWithRealEvents() throws IOException {
        int loaded = org.groundtruth.web.UcdpSampleForTest.load(t.store, 600);
        t.store.port(IncidentReviews.PORT).publishAllDrafts(org.groundtruth.audit.ChangeNote.system("test")); // public datasets, as the demo does
        browser.get(t.url("/"));
        waitReady();
        assertThat(count()).isEqualTo((loaded + 8) + " incidents match");
        new Select(browser.findElement(By.id("f-governorate"))).selectByValue("Aleppo");
        waitFor(() -> !count().equals((loaded + 8) + " incidents match") && !count().equals("…"));
        new Select(browser.findElement(By.id("f-governorate"))).selectByValue("");
        waitFor(() -> count().equals((loaded + 8) + " incidents match"));
        ((JavascriptExecutor) browser).executeScript("document.activeElement.blur()");
        screenshot("map-real-events");
        // Kept in target/: a test never changes a tracked file. Copy it to docs/screenshot.png by hand when the UI changes.
    }

    @Test
    void aSlowIncidentAnswerNeverOverwritesThePageTheReaderMovedTo() {
        browser.get(t.url("/"));
        waitReady();
        // Hold back the incident's answer by two seconds, as a slow network would; the reader meanwhile goes back to the list.
        ((JavascriptExecutor) browser).executeScript("""
                const real = window.fetch;
                window.fetch = (url, opts) => String(url).startsWith('/api/incidents/')
                  ? new Promise((done) => setTimeout(() => done(real(url, opts)), 2000)) : real(url, opts);
                location.hash = '#/incidents/%s';
                setTimeout(() => { location.hash = '#/'; }, 300);
                """.formatted(ariha.publicId()));
        waitFor(() -> !browser.findElements(By.id("incident-list")).isEmpty());
        sleep(Duration.ofMillis(2500));
        assertThat(browser.findElements(By.id("incident-page"))).isEmpty();
        assertThat(browser.findElements(By.id("incident-list"))).hasSize(1);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void titlesWithMarkupAreShownAsText() {
        t.add(IncidentForTest.at(35.0, 36.0).on("2015-10-02").titled("<img src=x onerror=\"document.body.dataset.pwned=1\"> market"));
        browser.get(t.url("/"));
        waitReady();
        assertThat(browser.findElement(By.id("incident-list")).getText()).contains("<img src=x");
        assertThat(browser.findElement(By.tagName("body")).getAttribute("data-pwned")).isNull();
    }

    @Test
    void usableOnA390PixelPhone() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(t.url("/"));
        waitReady();
        assertThat(count()).isEqualTo("8 incidents match");
        Long scrollWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        Long innerWidth = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
        assertThat(scrollWidth).as("no sideways scrolling").isLessThanOrEqualTo(innerWidth);
        assertThat(browser.findElement(By.id("filters")).getAttribute("open")).as("filters folded on a phone").isNull();
        screenshot("map-phone");
        browser.get(t.url("/incidents/" + ariha.publicId()));
        waitFor(() -> !browser.findElements(By.cssSelector("#incident-page h2")).isEmpty());
        assertThat(browser.findElement(By.id("incident-page")).getText()).contains("40-49");
        screenshot("incident-phone");
        browser.get(t.url("/#/new"));
        waitFor(() -> !browser.findElements(By.id("incident-form")).isEmpty());
        Long formScrollWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        assertThat(formScrollWidth).as("the form fits a phone").isLessThanOrEqualTo(innerWidth);
        screenshot("form-phone");
    }

    @Test
    void reviewTheMergeQueueAcceptAndUndo() throws IOException {
        org.groundtruth.merging.MergeWorkflow.run(t.store.port(MergeLedger.PORT), org.groundtruth.merging.MergeParameters.DEFAULT, 2, "system:merge");
        browser.get(t.url("/"));
        waitReady();
        assertThat(browser.findElement(By.id("merges-link")).isDisplayed()).as("the public has no merge queue").isFalse();
        t.addUser("rana", org.groundtruth.account.Role.REVIEWER);
        signIn("rana");
        browser.findElement(By.id("merges-link")).click();
        waitFor(() -> !browser.findElements(By.cssSelector("#merge-list li")).isEmpty());
        WebElement item = browser.findElement(By.cssSelector("#merge-list li"));
        assertThat(item.getText()).contains("confidence", "Strike on the market in Ariha", "Second strike at the same spot in Ariha",
                "0.00 km apart", "hit different objects (market / residential)");
        assertThat(item.findElements(By.cssSelector(".merge-side"))).hasSize(2);
        screenshot("merge-queue");
        item.findElement(By.cssSelector("button[data-step=apply]")).click();
        waitFor(() -> count().equals("7 incidents match"));
        waitFor(() -> browser.findElements(By.cssSelector("#merge-list li")).isEmpty());
        browser.get(t.url("/#/merges/applied"));
        waitFor(() -> !browser.findElements(By.cssSelector("#merge-list button[data-step=undo]")).isEmpty());
        assertThat(browser.findElement(By.id("merge-list")).getText()).contains("merged into #" + ariha.id());
        browser.findElement(By.cssSelector("#merge-list button[data-step=undo]")).click();
        waitFor(() -> count().equals("8 incidents match"));
    }

    @Test
    void acceptAWholeGroupFromTheQueue() throws IOException {
        // two geolocated videos of one strike, minutes apart: one proposed incident (issue 10 item 4)
        var at = java.time.LocalDate.of(2016, 2, 15);
        for (int minute : new int[]{5, 9}) {
            var f = IncidentForTest.at(36.0001, 36.9001).on(org.groundtruth.time.IncidentDate.at(at, java.time.LocalTime.of(11, minute),
                    java.time.ZoneOffset.ofHours(2))).titled("Hospital in Saraqib, video " + minute).hitting(org.groundtruth.incident.CivilianObject.MEDICAL).facts();
            t.add(f.withLocation(new org.groundtruth.place.Location(new org.groundtruth.place.Coordinates(36.0001, 36.9001),
                    org.groundtruth.place.LocationPrecision.EXACT, null, "Saraqib", "Idlib", null, "SY", org.groundtruth.place.PlacedBy.SOURCE)));
        }
        org.groundtruth.merging.MergeWorkflow.propose(t.store.port(MergeLedger.PORT), org.groundtruth.merging.MergeParameters.DEFAULT, 2, "system:merge");
        t.addUser("rana", org.groundtruth.account.Role.REVIEWER);
        browser.get(t.url("/"));
        waitReady();
        signIn("rana");
        browser.get(t.url("/#/merges/groups"));
        waitFor(() -> browser.findElements(By.cssSelector("#merge-groups li[data-group]")).stream().anyMatch(e -> e.getText().contains("Hospital")
                || e.getText().contains("both hit medical")));
        WebElement group = browser.findElements(By.cssSelector("#merge-groups li[data-group]")).stream()
                .filter(e -> e.getText().contains("both hit medical")).findFirst().orElseThrow();
        String id = group.getAttribute("data-group");
        screenshot("merge-groups");
        group.findElement(By.cssSelector("button[data-step=apply]")).click();
        waitFor(() -> browser.findElements(By.cssSelector("#merge-groups li[data-group='" + id + "']")).isEmpty());
        assertThat(t.store.port(MergeLedger.PORT).group(Long.parseLong(id)).orElseThrow().pending()).isFalse();
    }

    @Test
    void signInSubmitPublishAndSeeThePublicMapGrow() throws IOException {
        Incident draft = t.addDraft(IncidentForTest.at(35.64, 36.67).on("2015-12-01").titled("Bakery in Maarat al-Numan").in("Maarat al-Numan", "Idlib"));
        browser.get(t.url("/"));
        waitReady();
        assertThat(count()).as("the public does not see the draft").isEqualTo("8 incidents match");
        assertThat(browser.findElement(By.id("new-link")).isDisplayed()).isFalse();

        t.addUser("amal", org.groundtruth.account.Role.ADMIN);
        signIn("amal");
        waitFor(() -> count().equals("9 incidents match"));
        assertThat(browser.manage().getCookieNamed(org.groundtruth.web.Access.COOKIE).isHttpOnly()).isTrue();
        assertThat(browser.manage().getCookieNamed(org.groundtruth.web.Access.COOKIE).isSecure()).isTrue();
        assertThat((Object) ((JavascriptExecutor) browser).executeScript("return document.cookie")).as("HttpOnly: scripts cannot read it").isEqualTo("");

        browser.get(t.url("/#/incidents/" + draft.publicId()));
        waitFor(() -> !browser.findElements(By.cssSelector("#review button[data-to=in_review]")).isEmpty());
        browser.findElement(By.cssSelector("#review button[data-to=in_review]")).click();
        waitFor(() -> !browser.findElements(By.cssSelector("#review button[data-to=published]")).isEmpty());
        screenshot("review-desktop");
        browser.findElement(By.cssSelector("#review button[data-to=published]")).click();
        waitFor(() -> browser.findElement(By.id("review")).getText().contains("Status: published"));
        assertThat(t.store.incidents().find(draft.id()).orElseThrow().status()).isEqualTo(org.groundtruth.incident.IncidentStatus.PUBLISHED);

        browser.get(t.url("/#/audit"));
        waitFor(() -> !browser.findElements(By.id("audit-page")).isEmpty());
        assertThat(browser.findElement(By.id("audit-page")).getText()).contains("review.publish", "user:amal", "incident:" + draft.id());
        browser.findElement(By.id("audit-verify")).click();
        waitFor(() -> browser.findElement(By.id("audit-check")).getText().startsWith("chain intact"));
        browser.findElement(By.cssSelector("#user-form [name=name]")).sendKeys("sami");
        new Select(browser.findElement(By.cssSelector("#user-form [name=role]"))).selectByValue("reviewer");
        browser.findElement(By.cssSelector("#user-form [name=password]")).sendKeys("a reviewer's passphrase");
        browser.findElement(By.cssSelector("#user-form button[type=submit]")).click();
        waitFor(() -> browser.findElement(By.id("users")).getText().contains("sami"));
        assertThat(t.store.port(AccountStore.PORT).user("sami").orElseThrow().role()).isEqualTo(org.groundtruth.account.Role.REVIEWER);
        screenshot("audit-desktop");

        browser.findElement(By.id("who")).click();
        waitFor(() -> !browser.findElements(By.id("token-form")).isEmpty());
        browser.findElement(By.cssSelector("#token-form [name=label]")).sendKeys("nightly script");
        browser.findElement(By.cssSelector("#token-form button[type=submit]")).click();
        waitFor(() -> !browser.findElements(By.id("token-value")).isEmpty());
        String token = browser.findElement(By.id("token-value")).getText();
        assertThat(t.bearer(token).get("/api/audit").status()).as("the token shown works, once").isEqualTo(200);
        assertThat(browser.findElement(By.id("account-page")).getText()).contains("nightly script", "live");

        browser.findElement(By.id("logout")).click();
        waitFor(() -> !browser.findElements(By.id("login-link")).isEmpty());
        waitFor(() -> count().equals("9 incidents match"));
        assertThat(t.get("/api/stats").json().get("total").asInt()).isEqualTo(9);
    }

    /** Signs in through the login form (password {@link TestServer#PASSWORD}) and waits for the name in the top bar. */
    private void signIn(String name) {
        browser.get(t.url("/#/login"));
        waitFor(() -> !browser.findElements(By.id("login-form")).isEmpty());
        browser.findElement(By.name("name")).sendKeys(name);
        browser.findElement(By.name("password")).sendKeys(TestServer.PASSWORD);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        waitFor(() -> !browser.findElements(By.id("who")).isEmpty());
        waitReady();
    }

    private String count() {
        return browser.findElement(By.id("match-count")).getText();
    }

    private void waitReady() {
        waitFor(() -> "true".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Chromium.PATIENCE)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class) // the view re-renders while we look
                .withMessage(() -> "page shows: " + browser.findElement(By.tagName("body")).getText().lines().limit(12).toList())
                .until(d -> condition.getAsBoolean());
    }

    private Path screenshot(String name) throws IOException {
        Path out = Path.of("target/screenshots").resolve(name + ".png");
        Files.createDirectories(out.getParent());
        Files.write(out, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        return out;
    }

}
