package org.tandem.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Marketing at work in a browser: a segment that counts its members live, and a campaign with a budget and spend. */
class MarketingBrowserIT {

    private WebDriver browser;

    @BeforeEach
    void logIn() throws IOException {
        browser = Browsers.chromium(1366, 900);
        Browsers.logIn(browser, "marketing");
        Browsers.chooseLanguage(browser, "English");
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void aNewSegmentShowsItsLiveMemberCount() throws IOException {
        long keyAccounts = TandemDatabase.count("select count(*) from customer where kind = 'KEY_ACCOUNT'");
        assertTrue(keyAccounts > 0, "the sample data has key accounts");

        browser.get(TandemClient.BASE + "/marketing/segment.xhtml");
        browser.findElement(By.id("segment:code")).sendKeys("BROWSER-KA");
        browser.findElement(By.id("segment:name")).sendKeys("Key accounts, seen in a browser");
        choose("segment:kind", "KEY_ACCOUNT");
        browser.findElement(By.id("segment:save")).click();

        Browsers.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("segment:members")));
        assertEquals(String.valueOf(keyAccounts), browser.findElement(By.id("segment:memberCount")).getText());
        Browsers.screenshot(browser, "marketing-segment");

        // the list counts the same, live
        browser.get(TandemClient.BASE + "/marketing/segments.xhtml");
        WebElement row = Browsers.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[.//a[text()='BROWSER-KA']]")));
        assertEquals(String.valueOf(keyAccounts), row.findElement(By.cssSelector("span[id$=':memberCount']")).getText());
        Browsers.screenshot(browser, "marketing-segments");
    }

    @Test
    void aCampaignIsPlannedWithABudgetAndSpendIsRecordedAgainstIt() throws IOException {
        LocalDate from = LocalDate.now().plusDays(10);
        browser.get(TandemClient.BASE + "/marketing/campaign.xhtml");
        browser.findElement(By.id("campaign:name")).sendKeys("Browser launch week");
        // dates typed into the date pickers' text (their pop-ups would cover the fields below)
        setText("campaign:fromDate_input", from.toString());
        setText("campaign:thruDate_input", from.plusDays(6).toString());
        // the first budget field is media
        type(browser.findElement(By.cssSelector("input[id$=':0:budget_input']")), "5000");
        browser.findElement(By.id("campaign:save")).click();

        Browsers.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("campaign:status")));
        String code = TandemDatabase.text("select code from campaign where name = ?", "Browser launch week");
        assertEquals(0, new BigDecimal("5000").compareTo(TandemDatabase.number(
                "select b.planned from campaign_budget b join campaign c on c.id = b.campaign_id where c.code = ? "
                        + "and b.category = 'MEDIA'", code)));

        type("campaign:spendAmount_input", "1200");
        browser.findElement(By.id("campaign:recordSpend")).click();
        Browsers.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("campaign:ledger"), "1,200.00"));
        assertEquals(0, new BigDecimal("1200").compareTo(TandemDatabase.number(
                "select b.actual from campaign_budget b join campaign c on c.id = b.campaign_id where c.code = ? "
                        + "and b.category = 'MEDIA'", code)));
        assertEquals("1,200.00", browser.findElement(By.id("campaign:actualSpend")).getText());
        Browsers.screenshot(browser, "marketing-campaign");
    }

    /** Chooses in a PrimeFaces select menu by setting the select it submits, as its own click handler does. */
    private void choose(String menuId, String value) {
        ((JavascriptExecutor) browser).executeScript("var s = document.getElementById(arguments[0]); s.value = arguments[1]; "
                + "s.dispatchEvent(new Event('change'));", menuId + "_input", value);
        assertEquals(value, browser.findElement(By.id(menuId + "_input")).getDomProperty("value"));
    }

    private void setText(String id, String text) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, text);
    }

    private void type(String id, String text) {
        type(browser.findElement(By.id(id)), text);
    }

    private static void type(WebElement field, String text) {
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }
}
