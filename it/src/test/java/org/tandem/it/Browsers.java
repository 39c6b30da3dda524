package org.tandem.it;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/** What the browser tests share: Debian's Chromium started headless, logging in, screenshots, the language. */
final class Browsers {

    static final Path SHOTS = Path.of(System.getProperty("tandem.it.screenshots", "target/screenshots"));

    private Browsers() {
    }

    /** A new headless Chromium of the given window size, driven by Debian's chromedriver. */
    static WebDriver chromium(int width, int height) throws IOException {
        return start(width, height, new ChromeOptions());
    }

    /**
     * A phone held upright: the page laid out {@code width} CSS pixels wide (Chromium's own windows are never
     * narrower than 500 pixels, so the device is emulated).
     */
    static WebDriver phone(int width, int height) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("mobileEmulation",
                java.util.Map.of("deviceMetrics", java.util.Map.of("width", width, "height", height, "pixelRatio", 2.0)));
        return start(width, height, options);
    }

    private static WebDriver start(int width, int height, ChromeOptions options) throws IOException {
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory("tandem-chromium"));
        // a driver process of its own per browser: a crashed session cannot take the next test down with it
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    static WebDriverWait waiting(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    static void logIn(WebDriver browser, String username) {
        browser.get(TandemClient.BASE + "/login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(TandemClient.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("currentUser")));
    }

    static void screenshot(WebDriver browser, String name) throws IOException {
        Files.createDirectories(SHOTS);
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Clicks a language in the top bar and waits for the page to come back in it. */
    static void chooseLanguage(WebDriver browser, String label) {
        String id = switch (label) {
            case "简体中文" -> "topbar:zhCN";
            case "繁體中文" -> "topbar:zhTW";
            default -> "topbar:en";
        };
        if (browser.findElement(By.id(id)).getAttribute("class").contains("current")) {
            return;
        }
        browser.findElement(By.id(id)).click();
        waiting(browser).until(ExpectedConditions.attributeContains(By.id(id), "class", "current"));
    }
}
