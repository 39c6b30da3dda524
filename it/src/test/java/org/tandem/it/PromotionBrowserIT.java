package org.tandem.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The promotion loop through the screens, in the stage where marketing decides: the rep files a discount for one
 * customer and product, marketing approves it, and the rep's next quotation names the promotion in its price
 * explanation.
 */
class PromotionBrowserIT {

    private WebDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aRepFilesMarketingApprovesAndTheNextQuotationNamesThePromotion() throws IOException {
        try {
            walkThrough();
        } catch (RuntimeException | AssertionError e) {
            if (browser != null) {
                Browsers.screenshot(browser, "promotion-failed");
                Files.writeString(Browsers.SHOTS.resolve("promotion-failed.html"), browser.getPageSource());
            }
            throw e;
        }
    }

    private void walkThrough() throws IOException {
        ProbeSteps.as(DemoUsers.GENERAL_MANAGER).done("organisation.stage", ProbeSteps.body()
                .add("stage", "SEPARATE_MARKETING").add("salesAuthority", 1000).add("escalationLimit", 1000000));
        LocalDate today = LocalDate.now();
        TandemDatabase.update("insert into campaign (id, code, name, kind, status, from_date, thru_date, currency, "
                + "created_by, created_at, version) values (990101, 'CMP-IT-BROWSER', '浏览器测试活动', 'TRADE_PROMOTION', "
                + "'RUNNING', ?, ?, 'CNY', 'marketing', current_timestamp, 0)",
                java.sql.Date.valueOf(today.minusDays(10)), java.sql.Date.valueOf(today.plusDays(60)));
        TandemDatabase.update("insert into campaign_budget (campaign_id, category, planned, committed, actual) "
                + "values (990101, 'DISCOUNTS', 100000, 0, 0)");
        long customerId = TandemDatabase.repCustomer(22);
        String customerCode = TandemDatabase.text("select code from customer where id = ?", customerId);
        String sku = TandemDatabase.text("select sku from product where id = ?", TandemDatabase.pricedProducts(22, 1).get(0));

        // the rep files a 10 % discount from today, 5,000 CNY: above the sales authority, so marketing decides
        open("rep");
        browser.get(TandemClient.BASE + "/promotion/request.xhtml");
        choose("filing:campaign", "campaignMenu", "CMP-IT-BROWSER");
        pickOne("filing:customers", customerCode);
        pickOne("filing:products", sku);
        // the period opens today by default, so the date pickers are left as they are
        type("filing:percentOff_input", "10");
        type("filing:expectedQuantity_input", "100");
        type("filing:cost_input", "5000");
        browser.findElement(By.id("filing:reason")).sendKeys("Competitor cut prices in Pudong");
        Browsers.screenshot(browser, "promotion-1-filing");
        browser.findElement(By.id("filing:file")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request:status")));
        String url = browser.getCurrentUrl();
        String number = title().substring(title().lastIndexOf(' ') + 1);
        assertTrue(number.startsWith("PR-"), number);
        assertTrue(text("request:status").equals("In approval"), text("request:status"));
        browser.quit();

        // marketing approves it from its inbox
        open("marketing");
        browser.get(TandemClient.BASE + "/promotion/requests.xhtml?inbox=true");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(number))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("request:approve")));
        browser.findElement(By.id("request:comment")).sendKeys("符合春季计划");
        browser.findElement(By.id("request:approve")).click();
        wait.until(ExpectedConditions.textToBe(By.id("request:status"), "Approved"));
        Browsers.screenshot(browser, "promotion-2-approved");
        browser.quit();

        // the rep's next quotation for that customer and product is priced with it
        open("rep");
        browser.get(TandemClient.BASE + "/sales/quotation.xhtml");
        pick("quotation:customer", customerCode);
        pick("quotation:lines:0:product", sku);
        browser.findElement(By.id("quotation:save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quotation:send")));
        List<WebElement> steps = browser.findElements(By.cssSelector("[id='quotation:priced'] .price-step"));
        assertTrue(steps.stream().anyMatch(s -> s.getText().contains("促销 " + number)),
                () -> steps.stream().map(WebElement::getText).toList().toString());
        Browsers.screenshot(browser, "promotion-3-quotation");
        assertTrue(url.contains("request.xhtml?id="), url);
    }

    private void open(String user) throws IOException {
        browser = Browsers.chromium(1400, 1000);
        wait = Browsers.waiting(browser);
        Browsers.logIn(browser, user);
        Browsers.chooseLanguage(browser, "English");
    }

    /**
     * Picks the option of a select-one menu whose label contains {@code label}, through the menu's widget: a click
     * into its panel while it still opens was lost now and then.
     */
    private void choose(String menu, String widget, String label) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        Object value = script.executeScript("return Array.from(document.getElementById(arguments[0] + '_input').options)"
                + ".find(o => o.text.indexOf(arguments[1]) >= 0).value;", menu, label);
        script.executeScript("PF(arguments[0]).selectValue(arguments[1]);", widget, value);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(menu + "_label"), label));
    }

    /** Adds one item to a multiple autocomplete by typing. */
    private void pickOne(String autocomplete, String typed) {
        choose(autocomplete, typed, ExpectedConditions.presenceOfElementLocated(By.xpath("//*[@id='" + autocomplete
                + "']//li[contains(@class, 'ui-autocomplete-token') and contains(., '" + typed + "')]")));
    }

    private void pick(String autocomplete, String typed) {
        browser.findElement(By.id(autocomplete + "_input")).clear();
        choose(autocomplete, typed, ExpectedConditions.invisibilityOfElementLocated(By.id(autocomplete + "_panel")));
    }

    /** Types into an autocomplete, clicks the suggestion that holds the text, and waits until it is taken. */
    private void choose(String autocomplete, String typed, org.openqa.selenium.support.ui.ExpectedCondition<?> taken) {
        browser.findElement(By.id(autocomplete + "_input")).sendKeys(typed);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='" + autocomplete + "_panel']"
                + "//li[contains(@class, 'ui-autocomplete-item') and contains(., '" + typed + "')]"))).click();
        wait.until(taken);
    }

    private void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }

    private String title() {
        return browser.findElement(By.cssSelector("h1.page-title")).getText().trim();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }
}
