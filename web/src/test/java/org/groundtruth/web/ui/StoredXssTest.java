package org.groundtruth.web.ui;

import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.testimony.TestimonyLedger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.groundtruth.incident.Casualties;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.NewReport;
import org.groundtruth.incident.Source;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.testimony.Consent;
import org.groundtruth.testimony.KeyRing;
import org.groundtruth.testimony.Statement;
import org.groundtruth.testimony.TestimonyKey;
import org.groundtruth.testimony.WitnessIdentity;
import org.groundtruth.testimony.WitnessProtection;
import org.groundtruth.time.IncidentDate;
import org.groundtruth.web.Json;
import org.groundtruth.web.TestServer;
import org.groundtruth.web.WebSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Stored XSS in every text field the UI shows: each field of an incident, its report, its source, its revision
 * fields and a witness statement (pseudonym, interviewer, text, and the identity as an investigator sees it) holds a
 * payload that would record its field name in {@code window.__xss} if any markup in it ran. Every page that shows
 * them is opened in headless Chromium (list, filter choices, map popup, incident page with its review box, the
 * audit log page with change and review reasons, the claims list and a claim's page, correction form, a JSON error
 * answer opened directly); claims (party, target, locality) and a party's response (party, text, a javascript: URL)
 * are in it too; no payload may run, none may add an element to the DOM, and each must read back as text.
 * The DOM check holds even with the Content-Security-Policy off, so the UI's own escaping is what is tested.
 */
class StoredXssTest {
    @TempDir
    Path dir;
    @TempDir
    Path profile;
    TestServer t;
    ChromeDriver browser;
    Incident incident;
    final List<String> fields = new ArrayList<>();

    /** A payload for one field: an attribute break-out, an img onerror, an svg onload and a script element. */
    String payload(String field) {
        fields.add(field);
        String run = "(window.__xss=window.__xss||[]).push('" + field + "')";
        return "\"'><img src=x onerror=\"" + run + "\"><svg onload=\"" + run + "\"></svg><script>" + run + "</script> " + field;
    }

    @BeforeEach
    void start() {
        assumeTrue(Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.CHROMEDRIVER), "no Chromium here");
        KeyRing keys = KeyRing.of(TestimonyKey.generate(new SecureRandom()));
        t = new TestServer(dir.resolve("data"), store -> {
            var evidence = new org.groundtruth.evidence.EvidenceService(store, org.groundtruth.storage.evidence.FileBlobStore.open(dir.resolve("evidence")),
                    new org.groundtruth.intake.evidence.MetadataAnalyzer(), java.time.Clock.systemUTC());
            return WebSettings.local(0).withEvidence(evidence, 1L << 20, org.groundtruth.intake.evidence.EvidenceBundle.writer(evidence, org.groundtruth.evidence.SigningKey.generate(new java.security.SecureRandom())));
        }, keys);
        t.addUser("amal", org.groundtruth.account.Role.ADMIN);
        Location where = new Location(new Coordinates(35.8126, 36.6096), LocationPrecision.TOWN, 500, payload("placeName"),
                payload("governorate"), payload("district"), "SY", PlacedBy.SOURCE);
        IncidentFacts facts = new IncidentFacts(payload("title"), payload("summary"), IncidentDate.onDay(LocalDate.of(2015, 11, 29)), where,
                Casualties.UNKNOWN, java.util.Set.of(CivilianObject.MARKET), List.of(payload("perpetrator")), List.of(payload("weapon")),
                org.groundtruth.incident.EventKind.AIR_STRIKE);
        Map<String, String> revisionFields = new LinkedHashMap<>();
        revisionFields.put(payload("revisionFieldName"), payload("revisionFieldValue"));
        incident = t.store.incidents().create(facts, List.of(new NewReport(payload("originKey"),
                new Source(payload("sourceName"), payload("dataset"), "javascript:(window.__xss=window.__xss||[]).push('sourceUrl')"),
                payload("reportText"), "en", revisionFields)));
        String pseudonym = payload("pseudonym"); // also where the evidence below came from: only a witness's pseudonym may be
        WitnessProtection.open(t.store.port(TestimonyLedger.PORT), keys).add(incident.id(),
                new Statement(pseudonym, payload("interviewer"), LocalDate.of(2015, 12, 2), "ar", payload("statementText"), Consent.PUBLISH_ANONYMISED),
                new WitnessIdentity(payload("witnessName"), payload("witnessContact")));
        // claims: a party's claim near the incident (party, target) and one the gazetteer could not place (its locality)
        try (org.groundtruth.claim.ClaimImport im = t.store.port(ClaimLedger.PORT).beginImport(new org.groundtruth.ingest.ImportMeta("claims.csv", "claims-csv", null))) {
            im.upsert(new org.groundtruth.claim.ClaimRecord("x:1", "test", org.groundtruth.claim.ClaimForTest.by(payload("claimParty")).on("2015-11-29")
                    .statedAt("2015-11-30T08:00:00Z").at(35.83, 36.62).target(payload("claimTarget")).claim(), Map.of("id", "1"), null));
            im.upsert(new org.groundtruth.claim.ClaimRecord("x:2", "test", org.groundtruth.claim.ClaimForTest.by("Party B")
                    .place(org.groundtruth.claim.ClaimedPlace.unplaced(List.of(payload("claimLocality")))).claim(), Map.of("id", "2"), null));
            im.commit();
        }
        new org.groundtruth.matching.LedgerMatching(t.store.port(ClaimLedger.PORT)).matchAll(org.groundtruth.matching.MatchParameters.withinKmAndDays(25, 1));
        TestServer.Answer responded = t.as(org.groundtruth.account.Role.ADMIN).send("POST", "/api/incidents/" + incident.publicId() + "/responses",
                Json.object().put("party", payload("responseParty")).put("kind", "denial").put("date", "2015-12-23")
                        .put("text", payload("responseText")).put("url", "javascript:(window.__xss=window.__xss||[]).push('responseUrl')").toString());
        assertThat(responded.status()).as(responded.body()).isLessThan(300);
        // evidence: a file whose name is a payload (no slash, as file names have none), with a payload note and origin
        String run = "(window.__xss=window.__xss||[]).push('evidenceName')";
        String evidenceName = "\"'><img src=x onerror=\"" + run + "\"><svg onload=\"" + run + "\"> evidenceName.txt";
        java.net.http.HttpRequest.Builder upload = java.net.http.HttpRequest.newBuilder(java.net.URI.create(t.url("/api/evidence?incident=" + incident.id()
                        + "&note=" + java.net.URLEncoder.encode(payload("evidenceNote"), java.nio.charset.StandardCharsets.UTF_8)
                        + "&from=" + java.net.URLEncoder.encode(pseudonym, java.nio.charset.StandardCharsets.UTF_8))))
                .header("X-Evidence-Name", java.net.URLEncoder.encode(evidenceName, java.nio.charset.StandardCharsets.UTF_8))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("a plain text statement kept as evidence"));
        t.as(org.groundtruth.account.Role.ADMIN).headers().forEach(upload::header);
        try {
            var uploaded = java.net.http.HttpClient.newHttpClient().send(upload.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(uploaded.statusCode()).as(uploaded.body()).isLessThan(300);
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
        // accounts: a correction with a reason, and a review step with a reason (shown on the page and in the audit log)
        TestServer.Answer corrected = t.as(org.groundtruth.account.Role.ADMIN).with("X-Change-Reason", payload("changeReason"))
                .send("PATCH", "/api/incidents/" + incident.publicId(), Json.object().put("title", incident.facts().title()).toString());
        assertThat(corrected.status()).as(corrected.body()).isLessThan(300);
        TestServer.Answer reviewed = t.as(org.groundtruth.account.Role.ADMIN).send("POST", "/api/incidents/" + incident.publicId() + "/review",
                Json.object().put("to", "in_review").put("reason", payload("reviewReason")).toString());
        assertThat(reviewed.status()).as(reviewed.body()).isLessThan(300);

        System.setProperty("webdriver.chrome.driver", BrowserTest.CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserTest.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,860", "--lang=en");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(BrowserTest.CHROMEDRIVER.toFile()).build(), options);
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
        if (t != null) t.close();
    }

    private void signIn() {
        browser.get(t.url("/#/login"));
        waitFor(() -> !browser.findElements(By.id("login-form")).isEmpty());
        browser.findElement(By.name("name")).sendKeys("amal");
        browser.findElement(By.name("password")).sendKeys(TestServer.PASSWORD);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        waitFor(() -> !browser.findElements(By.id("who")).isEmpty());
    }

    @Test
    void noStoredTextRunsAnywhereItIsShown() {
        signIn();
        browser.get(t.url("/"));
        waitReady();
        waitFor(() -> browser.findElement(By.id("view")).getText().contains("title"));
        assertNothingRan("list");
        assertThat(browser.findElement(By.id("incident-list")).getText()).contains("<img src=x onerror=", "title", "placeName", "governorate");
        List<String> governorates = browser.findElements(By.cssSelector("#f-governorate option")).stream().map(WebElement::getText).toList();
        assertThat(governorates).anyMatch(g -> g.contains("<svg onload=") && g.contains("governorate"));

        // the marker's popup
        waitFor(() -> {
            try {
                browser.findElement(By.cssSelector(".leaflet-overlay-pane path.leaflet-interactive")).click();
                return !browser.findElements(By.cssSelector(".leaflet-popup-content")).isEmpty();
            } catch (org.openqa.selenium.WebDriverException e) {
                return false;
            }
        });
        assertThat((String) ((JavascriptExecutor) browser).executeScript("return document.querySelector('.leaflet-popup-content').textContent"))
                .contains("<script>(window.__xss=window.__xss||[]).push('title')</script> title", "placeName", "governorate");
        assertNothingRan("map popup");

        browser.get(t.url("/#/incidents/" + incident.publicId()));
        waitFor(() -> browser.findElements(By.cssSelector("#statement-list li")).size() == 1);
        String page = browser.findElement(By.id("incident-page")).getText();
        for (String field : List.of("title", "summary", "placeName", "district", "governorate", "perpetrator", "weapon", "sourceName", "dataset",
                "reportText", "originKey", "pseudonym", "interviewer", "statementText", "witnessName", "witnessContact", "claimParty",
                "responseParty", "responseText")) {
            assertThat(page).as(field + " shown as text").contains("<script>(window.__xss=window.__xss||[]).push('" + field + "')</script> " + field);
        }
        assertThat(browser.findElements(By.cssSelector("#incident-page a[href^='javascript']"))).as("no javascript: link").isEmpty();
        browser.findElement(By.cssSelector("details.fields summary")).click();
        assertThat((String) ((JavascriptExecutor) browser).executeScript("return document.querySelector('details.fields dl').textContent"))
                .contains("push('revisionFieldName')</script> revisionFieldName", "push('revisionFieldValue')</script> revisionFieldValue");
        assertNothingRan("incident page");

        assertThat(browser.findElement(By.id("review")).getText()).contains("push('reviewReason')</script> reviewReason");
        waitFor(() -> !browser.findElements(By.cssSelector("#evidence table.evidence-table")).isEmpty());
        for (WebElement summary : browser.findElements(By.cssSelector("#evidence details.custody summary"))) summary.click();
        String evidence = (String) ((JavascriptExecutor) browser).executeScript("return document.getElementById('evidence').textContent");
        assertThat(evidence).contains("push('evidenceName')\"> evidenceName.txt");
        assertNothingRan("evidence list");
        String withClaims = (String) ((JavascriptExecutor) browser).executeScript("return document.getElementById('incident-page').textContent");
        assertThat(withClaims).contains("push('claimParty')</script> claimParty", "push('responseParty')</script> responseParty",
                "push('responseText')</script> responseText");

        browser.get(t.url("/#/claims"));
        waitFor(() -> browser.findElements(By.cssSelector("#claim-list li")).size() == 2);
        String claims = (String) ((JavascriptExecutor) browser).executeScript("return document.getElementById('claims-page').textContent");
        assertThat(claims).contains("push('claimParty')</script> claimParty", "push('claimTarget')</script> claimTarget",
                "push('claimLocality')</script> claimLocality");
        assertNothingRan("claims list");
        browser.findElement(By.cssSelector("#claim-list li a")).click();
        waitFor(() -> !browser.findElements(By.cssSelector("h2")).isEmpty() && browser.findElement(By.id("view")).getText().contains("claim"));
        assertNothingRan("claim page");

        browser.get(t.url("/#/audit"));
        waitFor(() -> !browser.findElements(By.cssSelector("#audit-page table.audit tr")).isEmpty());
        String audit = (String) ((JavascriptExecutor) browser).executeScript("return document.getElementById('audit-page').textContent");
        assertThat(audit).contains("push('changeReason')</script> changeReason", "push('reviewReason')</script> reviewReason",
                "push('title')</script> title", "pseudonym").doesNotContain("witnessName").doesNotContain("statementText");
        assertNothingRan("audit log");

        browser.get(t.url("/#/incidents/" + incident.publicId() + "/edit"));
        waitFor(() -> !browser.findElements(By.id("incident-form")).isEmpty());
        assertThat(browser.findElement(By.name("title")).getAttribute("value")).endsWith(" title").startsWith("\"'><img");
        assertNothingRan("correction form");

        // a filter value that is itself a payload, reflected in the page's state
        browser.get(t.url("/"));
        waitReady();
        browser.findElement(By.id("f-actor")).sendKeys(payload("actorFilter"));
        waitFor(() -> browser.findElement(By.id("match-count")).getText().equals("1 incident match")
                || browser.findElement(By.id("match-count")).getText().equals("0 incidents match"));
        assertNothingRan("actor filter");

        // an error answer to a value carrying markup, opened as a page: it names the parameter, never repeats the value
        browser.get(t.url("/api/incidents?object=%3Cimg%20src=x%20onerror=%22(window.__xss=[]).push('errorPage')%22%3E"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("object: not one of").doesNotContain("<img");
        assertNothingRan("JSON error answer");
        browser.get(t.url("/api/incidents/%3Cimg%20src=x%20onerror=%22(window.__xss=[]).push('errorPage')%22%3E"));
        assertNothingRan("server error page for a bad path");
    }

    @Test
    void everyAnswerCarriesAContentSecurityPolicyAndThePagesWorkUnderIt() {
        signIn();
        TestServer.Answer home = t.get("/");
        assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").contains("object-src 'none'").contains("frame-ancestors 'none'").doesNotContain("unsafe-eval"));
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(t.get("/api/incidents").headers().firstValue("Content-Security-Policy")).isPresent();
        browser.get(t.url("/"));
        waitReady();
        browser.get(t.url("/#/incidents/" + incident.publicId()));
        waitFor(() -> browser.findElements(By.cssSelector("#statement-list li")).size() == 1);
        browser.get(t.url("/api/docs"));
        waitFor(() -> !browser.findElements(By.cssSelector(".swagger-ui .opblock")).isEmpty());
        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
        assertThat(violations).as("nothing the app itself does is blocked by its policy").isEmpty();
    }

    private void assertNothingRan(String where) {
        Object ran = ((JavascriptExecutor) browser).executeScript("return window.__xss || null");
        assertThat(ran).as("payloads that ran on the %s", where).isNull();
        Object injected = ((JavascriptExecutor) browser).executeScript(
                "return document.querySelectorAll('img[src=\"x\"], svg[onload], [onerror], script:not([src])').length");
        assertThat((Long) injected).as("elements injected on the %s", where).isZero();
    }

    private void waitReady() {
        waitFor(() -> "true".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Chromium.PATIENCE)
                .withMessage(() -> "page shows: " + browser.findElement(By.tagName("body")).getText().lines().limit(12).toList())
                .until(d -> condition.getAsBoolean());
    }
}
