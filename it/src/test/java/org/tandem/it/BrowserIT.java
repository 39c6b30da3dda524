package org.tandem.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tandem in a real browser: Debian's Chromium, headless, driven by Selenium through Debian's chromedriver. */
class BrowserIT {

    private WebDriver browser;

    private WebDriver newBrowser(int width, int height) throws IOException {
        browser = Browsers.chromium(width, height);
        return browser;
    }

    @org.junit.jupiter.api.AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void logIn(String username) {
        Browsers.logIn(browser, username);
    }

    private void screenshot(String name) throws IOException {
        Browsers.screenshot(browser, name);
    }

    private void chooseLanguage(String label) {
        Browsers.chooseLanguage(browser, label);
    }

    private String currentLanguage() {
        return browser.findElement(By.cssSelector(".topbar .languages a.current")).getText();
    }

    @Test
    void aSalesRepSeesTheSalesMenuReadsTraditionalChineseAndIsRefusedTheGeneralManagersDesk() throws IOException {
        newBrowser(1280, 800);
        logIn("rep");
        assertTrue(browser.getCurrentUrl().contains("/sales/"), browser.getCurrentUrl());
        assertFalse(browser.findElements(By.id("topbar:salesMenu")).isEmpty(), "the sales menu is there");
        assertTrue(browser.findElements(By.id("topbar:adminMenu")).isEmpty(), "no administration menu for a rep");
        assertTrue(browser.findElements(By.id("topbar:managementMenu")).isEmpty(), "no general manager menu for a rep");

        chooseLanguage("繁體中文");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.cssSelector("h1.page-title"), "銷售工作臺"));
        assertTrue(browser.getPageSource().contains("您審批中的促銷申請"), "labels come from the Traditional Chinese bundle");
        screenshot("sales-rep-zh_TW");

        browser.get(TandemClient.BASE + "/management/index.xhtml");
        assertEquals("無權訪問", browser.findElement(By.cssSelector("h1.page-title")).getText());
        assertFalse(browser.getPageSource().contains("總經理工作臺"), "none of the general manager's desk is shown");
        screenshot("sales-rep-refused-management");

        // the choice is remembered for the user: a new login reads Traditional Chinese too
        browser.manage().deleteAllCookies();
        logIn("rep");
        assertEquals("銷售工作臺", browser.findElement(By.cssSelector("h1.page-title")).getText());
        chooseLanguage("简体中文");
    }

    @ParameterizedTest
    @EnumSource(DemoUsers.class)
    void everyRolesDeskRendersInEachLanguage(DemoUsers user) throws IOException {
        newBrowser(1280, 800);
        logIn(user.username);
        assertTrue(browser.getCurrentUrl().contains(user.home), browser.getCurrentUrl());
        String start = currentLanguage();
        for (String language : new String[]{"English", "简体中文", "繁體中文"}) {
            chooseLanguage(language);
            String title = browser.findElement(By.cssSelector("h1.page-title")).getText();
            assertFalse(title.isBlank(), "the desk has a title");
            boolean latin = title.chars().allMatch(ch -> ch < 0x2E80);
            assertEquals(language.equals("English"), latin, () -> language + " title: " + title);
            screenshot(user.username + "-" + language);
        }
        chooseLanguage(start);
    }

    @Test
    void theLoginPageSpeaksTheChosenLanguage() throws IOException {
        newBrowser(1280, 800);
        browser.get(TandemClient.BASE + "/login.xhtml");
        browser.findElement(By.id("languages:zhTW")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("login:submit"), "登入"));
        screenshot("login-zh_TW");
        browser.findElement(By.id("languages:en")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("login:submit"), "Log in"));
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("login:usernameMessage"), "Please enter your user name."));
        screenshot("login-en-empty");
    }
}
