package org.groundtruth.web.ui;

import org.groundtruth.testimony.TestimonyLedger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The incident page's Testimony section in headless Chromium: an investigator signs in, adds statements through the
 * form and sees the identity; after signing out, the public sees only the statement whose consent allows
 * publication, by pseudonym, with no identity, no interviewer and no form. The identity never reaches its DOM.
 */
class TestimonyPageTest {
    static final String NAME = "Zubayda Qarawiyyin-Haddad";

    @TempDir
    Path dir;
    @TempDir
    Path profile;
    TestServer t;
    ChromeDriver browser;
    Incident ariha;

    @BeforeEach
    void start() {
        assumeTrue(Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.CHROMEDRIVER), "no Chromium here");
        t = new TestServer(dir, KeyRing.of(TestimonyKey.generate(new SecureRandom())));
        t.addUser("rania", org.groundtruth.account.Role.INVESTIGATOR);
        ariha = t.add(IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Market in Ariha").in("Ariha", "Idlib"));
        System.setProperty("webdriver.chrome.driver", BrowserTest.CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserTest.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,860", "--lang=en");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(BrowserTest.CHROMEDRIVER.toFile()).build(), options);
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
        if (t != null) t.close();
    }

    @Test
    void anInvestigatorAddsStatementsThePublicSeesOnlyWhatConsentAllows() {
        browser.get(t.url("/#/login"));
        waitFor(() -> !browser.findElements(By.id("login-form")).isEmpty());
        browser.findElement(By.name("name")).sendKeys("rania");
        browser.findElement(By.name("password")).sendKeys(TestServer.PASSWORD);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        waitFor(() -> !browser.findElements(By.id("who")).isEmpty());
        browser.get(t.url("/#/incidents/" + ariha.publicId()));
        waitFor(() -> !browser.findElements(By.id("statement-form")).isEmpty());
        assertThat(browser.findElement(By.id("testimony")).getText()).contains("Testimony (0)", "No statements you may see.");
        browser.findElement(By.cssSelector("#statement-form [name=pseudonym]")).sendKeys("Witness A, Ariha");
        browser.findElement(By.cssSelector("#statement-form [name=interviewer]")).sendKeys("R. Investigator");
        ((JavascriptExecutor) browser).executeScript("document.querySelector('#statement-form [name=interviewedOn]').value = '2015-12-02'");
        browser.findElement(By.cssSelector("#statement-form [name=language]")).sendKeys("ar");
        new Select(browser.findElement(By.cssSelector("#statement-form [name=consent]"))).selectByValue("internal_only");
        browser.findElement(By.cssSelector("#statement-form [name=text]")).sendKeys("The market was full when the first rocket fell.");
        browser.findElement(By.cssSelector("#statement-form [name=name]")).sendKeys(NAME);
        browser.findElement(By.cssSelector("#statement-form [name=contact]")).sendKeys("+963 944 771 203");
        browser.findElement(By.cssSelector("#statement-form button[type=submit]")).click();
        waitFor(() -> browser.findElements(By.cssSelector("#statement-list li")).size() == 1);
        String forInvestigator = browser.findElement(By.id("testimony")).getText();
        assertThat(forInvestigator).contains("Testimony (1)", "Witness A, Ariha", "internal only", "by R. Investigator", NAME, "first rocket");
        assertThat(t.store.port(TestimonyLedger.PORT).count()).isEqualTo(1);

        browser.findElement(By.cssSelector("#statement-form [name=pseudonym]")).sendKeys("Witness B, Ariha");
        browser.findElement(By.cssSelector("#statement-form [name=interviewer]")).sendKeys("R. Investigator");
        ((JavascriptExecutor) browser).executeScript("document.querySelector('#statement-form [name=interviewedOn]').value = '2015-12-03'");
        new Select(browser.findElement(By.cssSelector("#statement-form [name=consent]"))).selectByValue("publish_anonymised");
        browser.findElement(By.cssSelector("#statement-form [name=text]")).sendKeys("Smoke rose over the mosque.");
        browser.findElement(By.cssSelector("#statement-form [name=name]")).sendKeys(NAME);
        browser.findElement(By.cssSelector("#statement-form button[type=submit]")).click();
        waitFor(() -> browser.findElements(By.cssSelector("#statement-list li")).size() == 2);

        browser.manage().deleteAllCookies();
        browser.get(t.url("/#/"));
        browser.navigate().refresh();
        waitFor(() -> "true".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready")));
        browser.get(t.url("/#/incidents/" + ariha.publicId()));
        waitFor(() -> browser.findElements(By.cssSelector("#statement-list li")).size() == 1);
        String forPublic = browser.findElement(By.id("testimony")).getText();
        assertThat(forPublic).contains("Witness B, Ariha", "may be published anonymised", "Smoke rose")
                .doesNotContain("Witness A").doesNotContain("first rocket").doesNotContain("R. Investigator");
        assertThat(browser.getPageSource()).doesNotContain(NAME).doesNotContain("Qarawiyyin");
        assertThat(browser.findElements(By.id("statement-form"))).isEmpty();
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class) // the view re-renders while we look
                .withMessage(() -> "page shows: " + browser.findElement(By.tagName("body")).getText().lines().limit(12).toList())
                .until(d -> condition.getAsBoolean());
    }
}
