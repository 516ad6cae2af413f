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
 * saved against the draft's revision and kept when the selection changes; read-only in review; printed in the frozen
 * version in place of the summary.
 */
class ReportNarrativesBrowserTest {
    static final String NARRATIVE = "شهود وصفوا السوق مزدحماً عند الظهر";

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
        t = new TestServer(dir);
        ariha = t.add(IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Market in Ariha").in("Ariha", "Idlib").killed(40, 49)
                .summary("The incident's own summary, which the narrative replaces."));
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
        assertThat(frozen.body()).contains(NARRATIVE).doesNotContain("which the narrative replaces").doesNotContain("Strike still in draft");
        c.screenshot("report-narratives");
        assertThat(c.scriptErrors()).isEmpty();
    }
}
