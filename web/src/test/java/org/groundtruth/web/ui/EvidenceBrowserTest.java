package org.groundtruth.web.ui;

import org.groundtruth.evidence.EvidenceLedger;
import org.groundtruth.evidence.EvidenceService;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.intake.evidence.MetadataAnalyzer;
import org.groundtruth.storage.evidence.FileBlobStore;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.web.WebSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.groundtruth.evidence.TestImages.scene;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The incident page's evidence section in headless Chromium: several files at once with progress, drop, list, custody. */
class EvidenceBrowserTest {
    @TempDir
    Path dir;
    @TempDir
    Path profile;
    org.groundtruth.web.TestServer t;
    JdbcStore store;
    ChromeDriver browser;
    long incidentId;

    @BeforeEach
    void start() {
        assumeTrue(Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.CHROMEDRIVER), "no Chromium here");
        t = new org.groundtruth.web.TestServer(dir.resolve("data"), s -> {
            EvidenceService evidence = new EvidenceService(s, FileBlobStore.open(dir.resolve("evidence")), new MetadataAnalyzer(), Clock.systemUTC());
            return WebSettings.local(0).withEvidence(evidence, 2L << 20, org.groundtruth.intake.evidence.EvidenceBundle.writer(evidence, org.groundtruth.evidence.SigningKey.generate(new java.security.SecureRandom())));
        });
        store = t.store;
        incidentId = t.addDraft(IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Strike on the market in Ariha")).id();
        t.addUser("rania", org.groundtruth.account.Role.INVESTIGATOR);
        System.setProperty("webdriver.chrome.driver", BrowserTest.CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserTest.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(BrowserTest.CHROMEDRIVER.toFile()).build(), options);
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
        if (t != null) t.close();
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Chromium.PATIENCE)
                .withMessage(() -> "page shows: " + browser.findElement(By.tagName("body")).getText().lines().limit(40).toList())
                .until(d -> condition.getAsBoolean());
    }

    @Test
    void uploadsSeveralFilesWithProgressAndShowsHashesDuplicatesAndCustody() throws Exception {
        Path media = Files.createDirectories(dir.resolve("media"));
        BufferedImage market = scene(11, 640, 480);
        Path a = media.resolve("market.jpg");
        ImageIO.write(market, "jpeg", a.toFile());
        BufferedImage small = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        small.createGraphics().drawImage(market, 0, 0, 320, 240, null);
        Path b = media.resolve("market-resized.png");
        ImageIO.write(small, "png", b.toFile());
        Path c = media.resolve("<img src=x onerror=alert(1)>.pdf");
        ImageIO.write(scene(12, 200, 100), "png", c.toFile());
        Path big = media.resolve("too-big.mp4");
        Files.write(big, new byte[(2 << 20) + 1]);

        signIn("rania");
        browser.get(t.url("/#/incidents/" + incidentId));
        waitFor(() -> !browser.findElements(By.id("evidence-drop")).isEmpty());
        waitFor(() -> browser.findElement(By.id("evidence-list")).getText().contains("No evidence yet"));
        browser.findElement(By.id("evidence-source")).sendKeys("https://t.me/ariha/77");
        browser.findElement(By.id("evidence-input")).sendKeys(String.join("\n", a.toString(), b.toString(), c.toString(), big.toString()));
        waitFor(() -> browser.findElements(By.cssSelector("#upload-queue li.done")).size() == 2
                && browser.findElements(By.cssSelector("#upload-queue li.failed")).size() == 2);
        List<WebElement> rows = browser.findElements(By.cssSelector("#upload-queue li"));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).findElement(By.tagName("progress")).getAttribute("value")).isEqualTo("100");
        assertThat(rows.get(3).getText()).contains("upload limit");
        // the PNG named .pdf is refused, naming both types, until the investigator keeps it on purpose
        assertThat(rows.get(2).getText()).contains("its content is image/png, but its name says application/pdf", "nothing was stored");
        rows.get(2).findElement(By.cssSelector("button.keep-anyway")).click();
        waitFor(() -> browser.findElements(By.cssSelector("#upload-queue li.done")).size() == 3);
        waitFor(() -> browser.findElements(By.cssSelector(".evidence-table tr[data-evidence-id]")).size() == 3);
        String table = browser.findElement(By.id("evidence-list")).getText();
        assertThat(table).contains("SHA-256 ").contains("image/jpeg").contains("name says application/pdf").contains("near-duplicate of #")
                .contains("<img src=x onerror=alert(1)>.pdf");
        assertThat(browser.findElements(By.cssSelector("#evidence-list img"))).isEmpty();

        WebElement first = browser.findElement(By.cssSelector(".evidence-table details.custody summary"));
        first.click();
        waitFor(() -> browser.findElement(By.cssSelector(".evidence-table details.custody")).getText().contains("ACQUIRED"));
        WebElement custody = browser.findElement(By.cssSelector(".evidence-table details.custody"));
        assertThat(custody.getText()).contains("LINKED").contains("sourceUrl: https://t.me/ariha/77").contains("by rania");
        custody.findElement(By.name("method")).sendKeys("skyline matched against imagery");
        custody.findElement(By.name("result")).sendKeys("35.8135, 36.6115");
        custody.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(() -> browser.findElement(By.cssSelector(".evidence-table details.custody")).getText().contains("VERIFIED"));
        shot("evidence-desktop");

        // drag and drop: a file dropped on the zone is uploaded like a chosen one
        ((JavascriptExecutor) browser).executeScript("""
                const dt = new DataTransfer();
                dt.items.add(new File([new Uint8Array([37, 80, 68, 70, 45, 49, 46, 52, 10])], 'dropped.pdf', {type: 'application/pdf'}));
                document.getElementById('evidence-drop').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
                """);
        waitFor(() -> browser.findElements(By.cssSelector(".evidence-table tr[data-evidence-id]")).size() == 4);
        assertThat(store.port(EvidenceLedger.PORT).forIncident(incidentId)).hasSize(4);
    }

    private void signIn(String name) {
        browser.get(t.url("/#/login"));
        waitFor(() -> !browser.findElements(By.id("login-form")).isEmpty());
        browser.findElement(By.cssSelector("#login-form [name=name]")).sendKeys(name);
        browser.findElement(By.cssSelector("#login-form [name=password]")).sendKeys(org.groundtruth.web.TestServer.PASSWORD);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        waitFor(() -> !browser.findElements(By.id("who")).isEmpty());
    }

    private void shot(String name) throws java.io.IOException {
        Path out = Path.of("target/screenshots").resolve(name + ".png");
        Files.createDirectories(out.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), out, StandardCopyOption.REPLACE_EXISTING);
    }
}
