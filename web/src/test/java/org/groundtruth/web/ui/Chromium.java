package org.groundtruth.web.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import org.groundtruth.web.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's chromium and chromedriver) for UI tests, with the steps they share: wait for a condition
 * while the page redraws, sign in through the form, read the match count, collect script errors. Skips the test where
 * Chromium is missing; never lets Selenium Manager download a browser.
 */
final class Chromium implements AutoCloseable {
    final ChromeDriver browser;
    private final TestServer server;

    private Chromium(ChromeDriver browser, TestServer server) {
        this.browser = browser;
        this.server = server;
    }

    static Chromium start(TestServer server, Path profile) {
        assumeTrue(Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.CHROMEDRIVER),
                "no Chromium here: install Debian's chromium and chromedriver (/usr/bin/chromium, /usr/bin/chromedriver) to run the browser tests");
        System.setProperty("webdriver.chrome.driver", BrowserTest.CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserTest.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,860", "--lang=en");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        return new Chromium(new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(BrowserTest.CHROMEDRIVER.toFile()).build(), options), server);
    }

    /** Opens a path of the server (e.g. {@code /#/claims}) and waits until the page has started. */
    Chromium open(String pathAndQuery) {
        browser.get(server.url(pathAndQuery));
        waitFor(() -> "true".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready")));
        return this;
    }

    void phone() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    /** Signs in through the login form (password {@link TestServer#PASSWORD}) and waits for the name in the top bar. */
    void signIn(String name) {
        open("/#/login");
        waitFor(() -> present("login-form"));
        browser.findElement(By.name("name")).sendKeys(name);
        browser.findElement(By.name("password")).sendKeys(TestServer.PASSWORD);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        waitFor(() -> present("who"));
    }

    boolean present(String id) {
        return !browser.findElements(By.id(id)).isEmpty();
    }

    /** The text of the element with this id, or "" while it is missing or being replaced. */
    String text(String id) {
        try {
            return browser.findElement(By.id(id)).getText();
        } catch (NoSuchElementException | StaleElementReferenceException redrawn) {
            return "";
        }
    }

    String count() {
        return text("match-count");
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    void waitFor(BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class) // the view re-renders while we look
                .withMessage(() -> "page shows: " + browser.findElement(By.tagName("body")).getText().lines().limit(20).toList())
                .until(d -> condition.getAsBoolean());
    }

    /** Errors the page's scripts raised (uncaught exceptions, failed module loads) since the last call. */
    List<String> scriptErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("Failed to load resource")) // an HTTP error answer the page handles itself
                .toList();
    }

    /** Saves what the page shows to target/screenshots/NAME.png (never a tracked file). */
    void screenshot(String name) {
        try {
            Path out = Path.of("target/screenshots").resolve(name + ".png");
            Files.createDirectories(out.getParent());
            Files.write(out, browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        browser.quit();
    }
}
