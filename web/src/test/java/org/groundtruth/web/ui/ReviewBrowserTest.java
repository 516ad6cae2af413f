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

/** Review in headless Chromium: a reviewer reviews a filtered list at once (bulk review, issue 9 item 9). */
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
}
