package org.groundtruth.web.ui;

import org.groundtruth.account.Role;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Narratives edited on a report's page in Chromium (report-narratives.js): each incident of the selection with the
 * summary a narrative replaces; a listed draft incident marked as one the report will refuse; a narrative in Arabic
 * saved against the draft's revision and kept when the selection changes; the statements to quote chosen (a statement
 * kept internal never can be); read-only in review; printed in the frozen version in place of the summary, with only
 * the statements chosen.
 */
class ReportNarrativesBrowserTest {
    static final String NARRATIVE = "شهود وصفوا السوق مزدحماً عند الظهر";
    static final String QUOTABLE = "The market was full when the first bomb fell.";
    static final String INTERNAL = "I recognised the pilot's call sign on the radio.";

    @TempDir
    Path dir;
    @TempDir
    Path profile;
    TestServer t;
    Chromium c;
    Incident ariha;
    Incident draft;

    @BeforeEach
    void start() {
        org.groundtruth.testimony.KeyRing keys = org.groundtruth.testimony.KeyRing.of(
                org.groundtruth.testimony.TestimonyKey.generate(new java.security.SecureRandom()));
        t = new TestServer(dir, keys);
        ariha = t.add(IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Market in Ariha").in("Ariha", "Idlib").killed(40, 49)
                .summary("The incident's own summary, which the narrative replaces."));
        var protection = org.groundtruth.testimony.WitnessProtection.open(t.store.port(org.groundtruth.testimony.TestimonyLedger.PORT), keys);
        protection.add(ariha.id(), new org.groundtruth.testimony.Statement("Witness A", "Interviewer Q", java.time.LocalDate.of(2015, 12, 2), "en",
                QUOTABLE, org.groundtruth.testimony.Consent.PUBLISH_ANONYMISED), new org.groundtruth.testimony.WitnessIdentity("Hidden Name", "hidden@example.org"));
        protection.add(ariha.id(), new org.groundtruth.testimony.Statement("Witness B", "Interviewer Q", java.time.LocalDate.of(2015, 12, 3), "en",
                INTERNAL, org.groundtruth.testimony.Consent.INTERNAL_ONLY), new org.groundtruth.testimony.WitnessIdentity("Other Name", null));
        draft = t.addDraft(IncidentForTest.at(35.9, 36.6).on("2015-11-20").titled("Strike still in draft").in("Sarmin", "Idlib"));
        t.addUser("amal", Role.ADMIN);
        c = Chromium.start(t, profile);
    }

    @AfterEach
    void stop() {
        if (c != null) c.close();
        if (t != null) t.close();
    }

    private List<WebElement> narrativeBoxes() {
        return c.browser.findElements(By.cssSelector("#report-narratives textarea.narrative"));
    }

    @Test
    void narrativesAreWrittenPerIncidentReviewedAndPrintedInTheFrozenVersion() {
        c.signIn("amal");
        c.open("/#/reports");
        c.waitFor(() -> c.present("new-report-title"));
        c.browser.findElement(By.id("new-report-title")).sendKeys("Markets under fire");
        c.browser.findElement(By.id("new-report-filter")).sendKeys("ids=" + ariha.publicId() + "," + draft.publicId());
        c.browser.findElement(By.cssSelector("#new-report button[type=submit]")).click();
        c.waitFor(() -> c.present("narratives-form"));
        assertThat(narrativeBoxes()).hasSize(2);
        assertThat(c.text("report-narratives")).contains("Narratives (2)").contains("Market in Ariha")
                .contains("draft: the report will be refused until it is published");

        c.browser.findElement(By.cssSelector("textarea.narrative[data-incident='" + ariha.publicId() + "']")).sendKeys(NARRATIVE);
        c.browser.findElement(By.id("narratives-save")).click();
        c.waitFor(() -> c.present("report-notice") && c.text("report-notice").equals("Narratives saved."));
        assertThat(c.text("report-status")).contains("revision 2");
        assertThat(t.as(Role.INVESTIGATOR).get("/api/reports/1").json().path("narratives").path(ariha.publicId()).asText()).isEqualTo(NARRATIVE);

        // statements: every consented one is quoted by default; the internal one cannot be chosen; no identity is shown
        c.waitFor(() -> c.present("quote-all"));
        assertThat(c.text("report-narratives")).contains("Statements to quote (2)").contains(QUOTABLE).contains("consent internal only: never printed")
                .doesNotContain("Hidden Name").doesNotContain("Interviewer Q");
        WebElement quoteAll = c.browser.findElement(By.id("quote-all"));
        assertThat(quoteAll.isSelected()).isTrue();
        List<WebElement> quotes = c.browser.findElements(By.cssSelector("input.quote"));
        assertThat(quotes).extracting(WebElement::isSelected).containsExactly(true, false);
        quoteAll.click();
        assertThat(quotes.get(0).isEnabled()).isTrue();
        assertThat(quotes.get(1).isEnabled()).as("a statement kept internal is never quoted").isFalse();
        quotes.get(0).click();
        c.browser.findElement(By.id("narratives-save")).click();
        c.waitFor(() -> c.present("report-notice") && c.text("report-notice").equals("Narratives saved.") && c.present("quote-all"));
        assertThat(t.as(Role.INVESTIGATOR).get("/api/reports/1").json().path("quoted").isArray()).as("an explicit choice: none").isTrue();
        assertThat(t.as(Role.INVESTIGATOR).get("/api/reports/1").json().path("quoted")).isEmpty();
        assertThat(c.browser.findElement(By.id("quote-all")).isSelected()).isFalse();
        assertThat(c.browser.findElements(By.cssSelector("input.quote"))).extracting(WebElement::isSelected).containsExactly(false, false);

        WebElement filter = c.browser.findElement(By.id("report-filter"));
        filter.clear();
        filter.sendKeys("governorate=Idlib");
        c.browser.findElement(By.id("report-save")).click();
        c.waitFor(() -> c.present("report-notice") && c.text("report-notice").equals("Saved.") && c.present("narratives-form"));
        assertThat(narrativeBoxes()).as("the draft incident is no longer selected").hasSize(1);
        assertThat(narrativeBoxes().get(0).getAttribute("value")).isEqualTo(NARRATIVE);
        assertThat(narrativeBoxes().get(0).getAttribute("dir")).isEqualTo("auto");

        c.browser.findElement(By.cssSelector("#report-moves button[data-to=in_review]")).click();
        c.waitFor(() -> c.text("report-status").contains("in review") && c.present("narratives-form"));
        assertThat(narrativeBoxes().get(0).isEnabled()).as("in review, narratives are read, not edited").isFalse();
        assertThat(c.browser.findElement(By.id("narratives-save")).isDisplayed()).isFalse();
        assertThat(c.text("report-narratives")).contains("read them here against the summaries they replace");

        c.browser.findElement(By.cssSelector("#report-moves button[data-to=published]")).click();
        c.waitFor(() -> c.text("report-versions").contains("Version 1"));
        String html = c.browser.findElement(By.cssSelector("#report-versions a[href$='.html']")).getAttribute("href");
        TestServer.Answer frozen = t.anonymous().get(html.substring(html.indexOf("/api/")));
        assertThat(frozen.status()).isEqualTo(200);
        assertThat(frozen.body()).contains(NARRATIVE).doesNotContain("which the narrative replaces").doesNotContain("Strike still in draft")
                .as("the author chose to quote no statement").doesNotContain(QUOTABLE).doesNotContain(INTERNAL).doesNotContain("Hidden Name");
        c.screenshot("report-narratives");
        assertThat(c.scriptErrors()).isEmpty();
    }
}
