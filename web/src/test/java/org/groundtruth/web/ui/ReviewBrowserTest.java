package org.groundtruth.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import org.groundtruth.account.Role;
import org.groundtruth.audit.AuditEntry;
import org.groundtruth.audit.AuditLog;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportWriter;
import org.groundtruth.review.IncidentReviews;
import org.groundtruth.review.ReviewSelection;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Review in headless Chromium: a correction to a published incident waits for a reviewer, who sees both versions and
 * publishes it (issue 9 item 8); a reviewer reviews a filtered list at once (bulk review, item 9).
 */
class ReviewBrowserTest {
    @TempDir
    Path dir;
    @TempDir
    Path profile;
    TestServer t;
    Chromium c;

    @BeforeEach
    void start() {
        t = new TestServer(dir);
        c = Chromium.start(t, profile);
    }

    @AfterEach
    void stop() {
        if (c != null) c.close();
        if (t != null) t.close();
    }

    long importRows(String governorate, int n) {
        try (ImportWriter w = t.store.incidents().beginImport(new ImportMeta(governorate + ".csv", "test", null, "cli:amal"))) {
            for (int k = 0; k < n; k++) {
                w.upsert(IncidentForTest.at(35.9 + k * 0.01, 36.6).on("2016-02-0" + (1 + k % 9)).in("Town " + k, governorate).titled(governorate + " strike " + k)
                        .record(governorate + "-" + k));
            }
            return w.commit().id();
        }
    }

    @Test
    void aReviewerPublishesTheFilteredListAtOnceWithAReason() {
        long idlib = importRows("Idlib", 6);
        long homs = importRows("Homs", 3);
        for (long id : new long[]{idlib, homs}) {
            t.store.port(IncidentReviews.PORT).moveAll(ReviewSelection.ofImport(id), IncidentStatus.IN_REVIEW, Role.INVESTIGATOR,
                    ChangeNote.user("amal").because("rows checked"), false);
        }
        t.addUser("sami", Role.REVIEWER);
        t.addUser("rania", Role.INVESTIGATOR);

        c.open("/#/?governorate=Idlib");
        c.waitFor(() -> c.count().equals("0 incidents match"));
        assertThat(c.present("bulk-review-open")).as("the public is offered no review").isFalse();
        c.signIn("rania");
        c.open("/#/?governorate=Idlib");
        c.waitFor(() -> c.count().equals("6 incidents match"));
        assertThat(c.present("bulk-review-open")).as("an investigator may not publish").isFalse();

        c.signIn("sami");
        c.waitFor(() -> c.text("who").contains("sami")); // the previous user's name is there until the new login lands
        c.open("/#/?governorate=Idlib");
        c.waitFor(() -> c.count().equals("6 incidents match") && c.present("bulk-review-open"));
        assertThat(c.text("bulk-review-open")).isEqualTo("Review these 6 incidents");
        c.browser.findElement(By.id("bulk-review-open")).click();
        c.waitFor(() -> c.present("bulk-review-form"));
        new Select(c.browser.findElement(By.id("bulk-review-to"))).selectByValue("published");
        c.browser.findElement(By.id("bulk-review-check")).click();
        c.waitFor(() -> c.text("bulk-review-said").contains("Give a reason first"));
        c.browser.findElement(By.id("bulk-review-reason")).sendKeys("each has two independent sources");
        c.browser.findElement(By.id("bulk-review-check")).click();
        c.waitFor(() -> c.text("bulk-review-said").contains("would move 6 of 6 incidents to published"));
        assertThat(t.store.incidents().search(IncidentQuery.all().withStatuses(EnumSet.of(IncidentStatus.PUBLISHED))).numberMatched()).isZero();
        assertThat(c.text("bulk-review-confirm")).isEqualTo("Review 6 incidents");
        c.screenshot("bulk-review-check");
        c.browser.findElement(By.id("bulk-review-confirm")).click();
        c.waitFor(() -> c.text("bulk-review-done").contains("Done: moved 6 of 6 incidents to published"));
        c.screenshot("bulk-review-done");

        assertThat(t.store.incidents().search(IncidentQuery.all().withStatuses(EnumSet.of(IncidentStatus.PUBLISHED))).numberMatched()).isEqualTo(6);
        assertThat(t.store.incidents().search(IncidentQuery.all().withGovernorate("Homs").withStatuses(EnumSet.of(IncidentStatus.IN_REVIEW))).numberMatched())
                .isEqualTo(3);
        AuditEntry act = t.store.port(AuditLog.PORT).entries(0, 100, null, "review.bulk").getLast();
        assertThat(act.actor()).isEqualTo("user:sami");
        assertThat(act.reason()).isEqualTo("each has two independent sources");
        assertThat(act.before()).contains("governorate=Idlib");
        assertThat(c.scriptErrors()).isEmpty();
    }

    @Test
    void aCorrectionToAPublishedIncidentAsksWhyAndWaitsForAReviewer() {
        var ariha = t.add(IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Strike in Ariha").in("Ariha", "Idlib").killed(40, 49));
        t.addUser("rania", Role.INVESTIGATOR);
        t.addUser("sami", Role.REVIEWER);

        c.signIn("rania");
        c.open("/#/incidents/" + ariha.publicId() + "/edit");
        c.waitFor(() -> c.present("incident-form") && c.present("correction-held"));
        var title = c.browser.findElement(By.name("title"));
        title.clear();
        title.sendKeys("Strike on the Ariha vegetable market");
        c.browser.findElement(By.cssSelector("#incident-form button[type=submit]")).click();
        c.waitFor(() -> c.text("form-message").contains("Missing: Why"));
        c.browser.findElement(By.id("correction-reason")).sendKeys("two witnesses name the vegetable market");
        c.browser.findElement(By.cssSelector("#incident-form button[type=submit]")).click();
        c.waitFor(() -> c.present("pending-changes"));
        assertThat(c.browser.findElement(By.cssSelector("#incident-page h2")).getText()).isEqualTo("Strike in Ariha");
        assertThat(c.text("pending-changes")).contains("title").contains("Strike in Ariha").contains("Strike on the Ariha vegetable market");
        assertThat(c.text("pending-why")).contains("rania").contains("two witnesses name the vegetable market");
        assertThat(c.present("revision-publish")).as("an investigator may not publish").isFalse();
        // a new report on a published incident waits too, and asks why
        c.browser.findElement(By.cssSelector("#add-report-form input[name=name]")).sendKeys("Witness W-7");
        c.browser.findElement(By.cssSelector("#add-report-form textarea[name=text]")).sendKeys("the vegetable market, at noon");
        c.browser.findElement(By.id("report-reason")).sendKeys("a second witness");
        c.browser.findElement(By.cssSelector("#add-report-form button[type=submit]")).click();
        c.waitFor(() -> c.present("pending-reports") && c.text("pending-reports").contains("Witness W-7"));
        c.screenshot("correction-pending");

        String publicAnswer = t.get("/api/incidents/" + ariha.publicId()).body();
        assertThat(publicAnswer).contains("Strike in Ariha").doesNotContain("vegetable").doesNotContain("Witness W-7").doesNotContain("pendingRevision");

        c.signIn("sami");
        c.waitFor(() -> c.text("who").contains("sami")); // the previous user's name is there until the new login lands
        c.open("/#/incidents/" + ariha.publicId());
        c.waitFor(() -> c.present("revision-publish"));
        assertThat(c.text("pending-changes")).contains("Strike on the Ariha vegetable market");
        c.browser.findElement(By.id("revision-reason")).sendKeys("both witnesses checked");
        c.browser.findElement(By.id("revision-publish")).click();
        c.waitFor(() -> !c.present("pending-revision") && c.present("incident-page")
                && c.browser.findElement(By.cssSelector("#incident-page h2")).getText().equals("Strike on the Ariha vegetable market"));
        assertThat(c.text("incident-page")).contains("Witness W-7");
        assertThat(t.get("/api/incidents/" + ariha.publicId()).body()).contains("Strike on the Ariha vegetable market").contains("Witness W-7");
        assertThat(t.store.port(AuditLog.PORT).about("incident:" + ariha.id())).extracting(e -> e.action() + " " + e.reason())
                .contains("revision.propose two witnesses name the vegetable market", "revision.propose a second witness", "revision.publish both witnesses checked");
        assertThat(c.scriptErrors()).isEmpty();
    }
}
