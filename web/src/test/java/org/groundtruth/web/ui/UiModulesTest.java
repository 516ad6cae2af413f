package org.groundtruth.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import org.groundtruth.account.Role;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.testimony.KeyRing;
import org.groundtruth.testimony.TestimonyKey;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The UI as feature modules (web/src/main/resources/web/features): each registers its pages and navigation link, every
 * page draws without a script error when the router moves to it, and a slow answer for a page the reader has left
 * never fills the page they moved to.
 */
class UiModulesTest {
    @TempDir
    Path dir;
    @TempDir
    Path profile;
    TestServer t;
    Chromium c;
    Incident ariha;
    Incident talbiseh;

    @BeforeEach
    void start() {
        t = new TestServer(dir, KeyRing.of(TestimonyKey.generate(new SecureRandom())));
        ariha = t.add(IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Market in Ariha").in("Ariha", "Idlib"));
        talbiseh = t.add(IncidentForTest.at(34.7300, 36.7100).on("2015-09-30").titled("Talbiseh, homes hit").in("Talbiseh", "Homs"));
        t.addUser("amal", Role.ADMIN);
        c = Chromium.start(t, profile);
    }

    @AfterEach
    void stop() {
        if (c != null) c.close();
        if (t != null) t.close();
    }

    @Test
    void eachFeatureAddsItsLinkAndEveryPageDrawsWithoutAScriptError() {
        c.open("/");
        assertThat(navLinks()).containsExactly("Incidents", "Alerts", "Reports", "Download data", "API", "Sign in");
        c.signIn("amal");
        c.waitFor(() -> navLinks().contains("Merge queue"));
        assertThat(navLinks()).containsExactly("Incidents", "Alerts", "New incident", "Audit & users", "Intake", "Claims", "Merge queue", "Reports", "Download data", "API", "amal (admin)");

        // Moving by hash, as links do, so that the router (not a page load) draws each page.
        // Each page, the id of an element it draws, and a text that element shows.
        List<List<String>> pages = List.of(
                List.of("#/new", "incident-form", "New incident"),
                List.of("#/incidents/" + ariha.publicId(), "incident-page", "Market in Ariha"),
                List.of("#/incidents/" + ariha.publicId(), "testimony", "Add a witness statement"),
                List.of("#/incidents/" + ariha.publicId() + "/edit", "incident-form", "Correct: Market in Ariha"),
                List.of("#/claims", "claims-page", "Claims by the parties"),
                List.of("#/alerts", "alerts-page", "No active alert"),
                List.of("#/claims?unplaced", "claims-page", "Claims without a place"),
                List.of("#/merges/applied", "merge-queue", "proposals applied"),
                List.of("#/audit", "users", "amal"),
                List.of("#/account", "account-page", "API tokens"),
                List.of("#/downloads", "downloads", "Download data"),
                List.of("#/reports", "reports-page", "New report"),
                List.of("#/intake", "intake-page", "Read a text"),
                List.of("#/intake?status=awaiting_moderation", "intake-page", "Submissions to moderate"),
                List.of("#/nowhere", "incident-list", "Talbiseh"));
        for (List<String> page : pages) {
            c.script("location.hash = arguments[0]", page.get(0));
            c.waitFor(() -> c.text(page.get(1)).contains(page.get(2)));
        }
        assertThat(c.scriptErrors()).isEmpty();

        c.browser.findElement(By.id("logout")).click();
        c.waitFor(() -> c.present("login-link"));
        assertThat(navLinks()).containsExactly("Incidents", "Alerts", "Reports", "Download data", "API", "Sign in");
        assertThat(c.scriptErrors()).isEmpty();
    }

    @Test
    void aSlowTestimonyAnswerNeverFillsAnotherIncidentsPage() {
        t.as(Role.INVESTIGATOR).send("POST", "/api/incidents/" + ariha.publicId() + "/testimony", """
                {"pseudonym": "Witness A, Ariha", "interviewer": "R. Investigator", "interviewedOn": "2015-12-02", "language": "ar",
                 "consent": "internal_only", "text": "The market was full.", "identity": {"name": "N. N.", "contact": null}}""");
        c.signIn("amal");
        // Hold back Ariha's testimony by two seconds; the reader meanwhile opens Talbiseh, whose testimony is empty.
        c.script("""
                const real = window.fetch;
                window.fetch = (url, opts) => String(url).endsWith('/%s/testimony')
                  ? new Promise((done) => setTimeout(() => done(real(url, opts)), 2000)) : real(url, opts);
                """.formatted(ariha.publicId()));
        c.script("location.hash = arguments[0]", "#/incidents/" + ariha.publicId());
        c.waitFor(() -> c.text("incident-page").contains("Market in Ariha"));
        c.script("location.hash = arguments[0]", "#/incidents/" + talbiseh.publicId());
        c.waitFor(() -> c.text("testimony").contains("Testimony (0)"));
        sleep(Duration.ofMillis(2500));
        assertThat(c.text("incident-page")).contains("Talbiseh");
        assertThat(c.text("testimony")).contains("Testimony (0)").doesNotContain("Witness A");
    }

    private List<String> navLinks() {
        return c.browser.findElements(By.cssSelector(".topbar nav a")).stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
