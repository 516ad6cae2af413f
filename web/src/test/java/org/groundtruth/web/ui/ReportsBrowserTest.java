package org.groundtruth.web.ui;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.groundtruth.account.Role;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.print.PrintOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Reports pages in Chromium (draft, save, submit, publish, the frozen version) and an incident page printed whole. */
class ReportsBrowserTest {
    @TempDir
    Path dir;
    @TempDir
    Path profile;
    TestServer t;
    Chromium c;
    Incident ariha;

    @BeforeEach
    void start() {
        t = new TestServer(dir);
        String longSummary = IntStream.rangeClosed(1, 120).mapToObj(k -> "Paragraph " + k + " of what the witnesses and the videos show.")
                .collect(Collectors.joining(" "));
        ariha = t.add(IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Market in Ariha").in("Ariha", "Idlib").killed(40, 49)
                .summary(longSummary));
        t.addUser("amal", Role.ADMIN);
        c = Chromium.start(t, profile);
    }

    @AfterEach
    void stop() {
        if (c != null) c.close();
        if (t != null) t.close();
    }

    @Test
    void anAdminDraftsSubmitsAndPublishesAReportAndThePublicReadsItsVersion() {
        c.signIn("amal");
        c.open("/#/reports");
        c.waitFor(() -> c.present("new-report-title"));
        c.browser.findElement(By.id("new-report-title")).sendKeys("Civilians under fire");
        c.browser.findElement(By.id("new-report-filter")).sendKeys("governorate=Idlib");
        c.browser.findElement(By.cssSelector("#new-report button[type=submit]")).click();
        c.waitFor(() -> c.present("report-form"));
        c.browser.findElement(By.id("report-introduction")).sendKeys("We documented an attack on a market.");
        c.browser.findElement(By.id("report-save")).click();
        c.waitFor(() -> c.text("report-notice").equals("Saved."));
        assertThat(c.text("report-status")).contains("Status: draft · revision 2");
        c.browser.findElement(By.cssSelector("#report-moves button[data-to=in_review]")).click();
        c.waitFor(() -> c.text("report-status").contains("in review"));
        c.browser.findElement(By.cssSelector("#report-moves button[data-to=published]")).click();
        c.waitFor(() -> c.text("report-versions").contains("Version 1"));
        assertThat(c.text("report-versions")).contains("1 incident").containsPattern("PDF SHA-256 [0-9a-f]{64}");
        String pdf = c.browser.findElement(By.cssSelector("#report-versions a")).getAttribute("href");
        c.screenshot("report-published");
        assertThat(c.scriptErrors()).isEmpty();
        assertThat(t.get(pdf.substring(pdf.indexOf("/api/"))).status()).as("the public fetches the frozen PDF").isEqualTo(200);
    }

    @Test
    void aNewReportStartsFromTheMapsFilters() {
        c.signIn("amal");
        c.open("/#/?governorate=Idlib&from=2015-11-01&q=market");
        c.waitFor(() -> c.present("reports-link") && c.count().endsWith("match"));
        c.browser.findElement(By.id("reports-link")).click();
        c.waitFor(() -> c.present("new-report-filter"));
        org.openqa.selenium.WebElement selection = c.browser.findElement(By.id("new-report-filter"));
        assertThat(selection.getAttribute("value")).as("the text filter is not a selection's").isEqualTo("from=2015-11-01;governorate=Idlib");
        selection.clear();
        c.browser.findElement(By.id("new-report-from-map")).click();
        assertThat(selection.getAttribute("value")).isEqualTo("from=2015-11-01;governorate=Idlib");
        c.browser.findElement(By.id("new-report-title")).sendKeys("Idlib since November");
        c.browser.findElement(By.cssSelector("#new-report button[type=submit]")).click();
        c.waitFor(() -> c.present("report-filter"));
        assertThat(t.as(Role.INVESTIGATOR).get("/api/reports/1").json().path("filter").asText()).isEqualTo("from=2015-11-01;governorate=idlib");
        assertThat(c.scriptErrors()).isEmpty();
    }

    @Test
    void anIncidentPagePrintsWholeWithItsCitationAndWithoutTheMapAndTheFilters() throws Exception {
        c.open("/#/incidents/" + ariha.publicId());
        c.waitFor(() -> c.text("incident-page").contains("Paragraph 120") && c.present("citation-line"));
        assertThat(c.text("citation-line")).startsWith("Groundtruth, \"Market in Ariha\", incident " + ariha.publicId() + ", ")
                .contains("/#/incidents/" + ariha.publicId() + " (accessed ");
        PrintOptions options = new PrintOptions();
        byte[] pdf = Base64.getDecoder().decode(c.browser.print(options).getContent());
        Path out = Path.of("target/screenshots/incident-print.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(d);
            assertThat(d.getNumberOfPages()).as("a long incident page runs over several sheets").isGreaterThan(1);
            assertThat(text).contains("Market in Ariha").contains("Paragraph 1 of").contains("Paragraph 120 of").contains("Cite this incident");
            assertThat(text).doesNotContain("Clear all filters").doesNotContain("Drag across the timeline");
        }
    }
}
