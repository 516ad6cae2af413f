package org.groundtruth.web.ui;

import org.groundtruth.account.Role;
import org.groundtruth.testimony.KeyRing;
import org.groundtruth.testimony.TestimonyKey;
import org.groundtruth.textintake.IntakeForTest;
import org.groundtruth.textintake.IntakeLedger;
import org.groundtruth.textintake.TextOrigin;
import org.groundtruth.textintake.TextStatus;
import org.groundtruth.web.TestServer;
import org.groundtruth.web.intake.IntakeForWeb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text intake in headless Chromium: an investigator pastes the example, sees each value highlighted where the
 * text says it, accepts the candidate, and the new incident shows the report (the whole text) with the spans behind its
 * values. And the public page /submit on a phone, in Arabic, right to left.
 */
class IntakeBrowserTest {
    @TempDir
    Path dir;
    @TempDir
    Path profile;
    TestServer t;
    Chromium c;

    @BeforeEach
    void start() {
        t = new TestServer(dir.resolve("data"), store -> IntakeForWeb.settings(store, dir.resolve("evidence"), IntakeForWeb.setup()),
                KeyRing.of(TestimonyKey.generate(new SecureRandom())));
        t.addUser("rania", Role.INVESTIGATOR);
        c = Chromium.start(t, profile);
    }

    @AfterEach
    void stop() {
        if (c != null) c.close();
        if (t != null) t.close();
    }

    private List<String> marks(String kind) {
        return c.browser.findElements(By.cssSelector("#intake-source mark." + kind)).stream().map(WebElement::getText).toList();
    }

    @Test
    void pasteHighlightAcceptAndTheIncidentShowsTheReport() {
        c.signIn("rania");
        c.open("/#/intake");
        c.waitFor(() -> c.present("intake-form"));
        c.browser.findElement(By.id("intake-text")).sendKeys(IntakeForTest.EXAMPLE);
        c.browser.findElement(By.cssSelector("#intake-form [name=published]")).sendKeys("2015-11-30T08:00+02:00");
        c.browser.findElement(By.id("intake-read")).click();

        c.waitFor(() -> c.present("intake-source") && !marks("hl-place").isEmpty());
        assertThat(marks("hl-place")).contains("Kafr Nabel");
        assertThat(marks("hl-date")).containsExactly("last night");
        assertThat(marks("hl-count")).contains("12 civilians");
        assertThat(c.text("intake-source")).isEqualTo(IntakeForTest.EXAMPLE);
        assertThat(c.text("candidate-1")).contains("Kafr Nabl", "2015-11-29");
        c.screenshot("intake-review");

        c.browser.findElement(By.id("accept-new-1")).click();
        c.waitFor(() -> !c.browser.findElements(By.cssSelector("#candidate-1 a.accepted-incident")).isEmpty());
        c.browser.findElement(By.cssSelector("#candidate-1 a.accepted-incident")).click();

        c.waitFor(() -> c.text("incident-page").contains("Reports (1)") && c.present("intake-section") && c.text("intake-section").contains("Read from texts"));
        assertThat(c.text("incident-page")).contains("Kafr Nabl", "Civil Defence: 12 civilians, among them 5 children");
        List<String> behind = c.browser.findElements(By.cssSelector("#intake-section mark.hl-place")).stream().map(WebElement::getText).toList();
        assertThat(behind).contains("Kafr Nabel");
        c.screenshot("intake-incident");
        assertThat(c.scriptErrors()).isEmpty();
    }

    @Test
    void anyoneSendsAnAccountFromAPhoneInArabicAndItWaitsForAModerator() {
        c.phone();
        c.open("/submit");
        c.browser.findElement(By.id("lang-ar")).click();
        c.waitFor(() -> "rtl".equals(c.browser.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(c.browser.findElement(By.tagName("h1")).getText()).isEqualTo("الإبلاغ عن غارة");
        c.browser.findElement(By.id("submit-text")).sendKeys("قتل 12 مدنيا بينهم 5 أطفال ليلة أمس بغارة على فرن في كفرنبل");
        c.browser.findElement(By.id("submit-contact")).sendKeys("+963 944 771 203");
        c.browser.findElement(By.id("submit-send")).click();
        c.waitFor(() -> c.text("submit-status").contains("شكراً"));
        c.screenshot("submit-arabic-phone");
        assertThat(t.store.port(IntakeLedger.PORT).count(Set.of(TextStatus.AWAITING_MODERATION), TextOrigin.SUBMITTED)).isOne();
        assertThat(c.scriptErrors()).isEmpty();
    }
}
