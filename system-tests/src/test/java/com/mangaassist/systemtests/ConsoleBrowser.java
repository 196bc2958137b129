package com.mangaassist.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser on the console: Debian's headless Chromium driven through its chromedriver (never a
 * downloaded browser: this machine has no internet), 1280×800 unless a test resizes it, English unless the page is
 * switched. Screenshots go to {@code target/screenshots/<name>.png}.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final URI console;
    private final ChromeDriver driver;
    private final Path profile;

    private ConsoleBrowser(URI console, ChromeDriver driver, Path profile) {
        this.console = console;
        this.driver = driver;
        this.profile = profile;
    }

    /** A fresh browser (its own empty profile: no cookies shared with other browsers of the test). */
    static ConsoleBrowser open(URI console) {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as(
                        "browser tests need Debian's chromium and chromium-driver (%s, %s): apt-get install -y chromium"
                                + " chromium-driver (.ci/run installs them)",
                        CHROMIUM, CHROMEDRIVER)
                .isTrue();
        Path profile;
        try {
            profile = Files.createTempDirectory("console-browser");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(List.of(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=en-US",
                "--user-data-dir=" + profile));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 800));
        return new ConsoleBrowser(console, driver, profile);
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a console path, for example {@code /reviewer}. */
    ConsoleBrowser go(String path) {
        driver.get(console.resolve(path).toString());
        return this;
    }

    /** Signs in on the local sign-in page as {@code user} with {@code roles} (claim values, e.g. {@code oncall}). */
    ConsoleBrowser signIn(String user, String... roles) {
        go("/sign-in");
        WebElement userId = waitFor(By.id("userId"));
        userId.clear();
        userId.sendKeys(user);
        for (String role : roles) {
            driver.findElement(By.id("role-" + role)).click();
        }
        driver.findElement(By.id("sign-in")).click();
        waitFor(By.id("signed-in-as"));
        return this;
    }

    /** Waits (up to {@code timeout}) until the element is visible, and returns it. */
    WebElement waitFor(By locator, Duration timeout) {
        return new WebDriverWait(driver, timeout).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    WebElement waitFor(By locator) {
        return waitFor(locator, Duration.ofSeconds(15));
    }

    /** Waits until the element's text contains {@code text}. */
    void waitForText(By locator, String text, Duration timeout) {
        new WebDriverWait(driver, timeout).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png} and returns the file. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
