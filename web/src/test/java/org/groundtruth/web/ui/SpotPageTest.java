package org.groundtruth.web.ui;

import java.nio.file.Path;
import java.util.List;
import org.groundtruth.account.Role;
import org.groundtruth.warning.WarningForTest;
import org.groundtruth.web.TestServer;
import org.groundtruth.web.WebSettings;
import org.groundtruth.web.warning.WarningSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spotter's page on a 390 px phone in headless Chromium: the token comes by link and leaves the address bar,
 * every answer is a button, the sighting is sent, and a second page (the public map) shows the alert arrive in its
 * banner. In Arabic the page turns right-to-left. Nothing overflows sideways.
 */
class SpotPageTest {
    @TempDir
    Path dir;
    @TempDir
    Path profile;
    TestServer t;
    Chromium c;
    String token;

    @BeforeEach
    void start() {
        t = new TestServer(dir, WebSettings.local(0).withWarning(WarningSetup.of(WarningForTest.AIRCRAFT, WarningForTest.BASES, WarningForTest.TOWNS)));
        var a = t.as(Role.ADMIN).send("POST", "/api/spotters", """
                {"pseudonym": "Falcon-Secret", "posts": [{"code": "hill-12", "lat": 35.6, "lon": 36.1}, {"code": "roof-3"}]}""");
        token = a.json().path("token").asText();
        c = Chromium.start(t, profile);
    }

    @AfterEach
    void stop() {
        if (c != null) c.close();
        if (t != null) t.close();
    }

    private void tap(String id) {
        c.waitFor(() -> c.present(id));
        var button = c.browser.findElement(By.id(id));
        c.script("arguments[0].scrollIntoView({block: 'center'})", button); // as a thumb scrolls it above the fixed Send button
        button.click();
    }

    @Test
    void aSpotterReportsATakeOffWithTheThumbAndTheMapShowsTheAlert() {
        c.phone();
        String spotWindow = c.browser.getWindowHandle();
        c.open("/spot#token=" + token);
        assertThat(c.browser.getCurrentUrl()).as("the token leaves the address bar").doesNotContain(token);

        c.browser.switchTo().newWindow(WindowType.TAB);
        String mapWindow = c.browser.getWindowHandle();
        c.open("/");
        c.browser.switchTo().window(spotWindow);

        tap("lang-en");
        for (String id : List.of("post-0", "theatre-SY", "event-take_off", "aircraft-0", "count-2", "base-0", "heading-NE")) tap(id);
        assertThat(c.browser.findElement(By.id("send")).isEnabled()).isTrue();
        long inner = (Long) c.script("return window.innerWidth");
        assertThat((Long) c.script("return document.documentElement.scrollWidth")).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(inner);
        Number sendHeight = (Number) c.script("return document.getElementById('send').getBoundingClientRect().height");
        assertThat(sendHeight.doubleValue()).as("a big button").isGreaterThanOrEqualTo(56);
        c.screenshot("spot-phone-en");
        tap("send");
        c.waitFor(() -> c.text("status").contains("Sent"));
        assertThat(c.text("status")).contains("issued");

        c.browser.switchTo().window(mapWindow);
        c.waitFor(() -> c.text("alert-banner").contains("Su-24M"));
        assertThat(c.text("alert-banner")).contains("Hmeimim").doesNotContain("Falcon").doesNotContain("hill-12");
        assertThat(c.text("alert-countdown")).matches("\\d+:\\d\\d|now");
        c.screenshot("map-with-alert");
        c.browser.findElement(By.cssSelector("#alert-banner .alert-more")).click();
        c.waitFor(() -> c.text("alerts-page").contains("Ariha"));
        assertThat((Long) c.script("return document.querySelectorAll('.leaflet-overlay-pane path').length")).as("the sector drawn on the map").isPositive();

        c.browser.switchTo().window(spotWindow);
        tap("lang-ar");
        c.waitFor(() -> "rtl".equals(c.script("return document.documentElement.dir")));
        assertThat(c.text("send")).isEqualTo("إرسال");
        assertThat((Long) c.script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(inner);
        c.screenshot("spot-phone-ar");
        assertThat(c.scriptErrors()).isEmpty();
    }

    @Test
    void thePostAndLanguageAreRememberedAndABadTokenAsksForAnother() {
        c.phone();
        c.open("/spot#token=" + token);
        tap("lang-uk");
        tap("post-1");
        c.open("/spot");
        c.waitFor(() -> "uk".equals(c.script("return document.documentElement.lang")));
        assertThat(c.browser.findElement(By.id("post-1")).getAttribute("aria-pressed")).isEqualTo("true");
        c.script("localStorage.setItem('gt-spot-token', 'gts_wrong')");
        c.open("/spot");
        c.waitFor(() -> c.present("token"));
    }
}
