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
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The order-to-cash way through the screens: the rep quotes one of the rep's customers, has the quotation accepted,
 * orders it, confirms, plans the delivery and posts the goods issue; finance bills the delivery and issues the invoice.
 */
class OrderToInvoiceBrowserIT {

    private static final Pattern AMOUNT = Pattern.compile("-?\\d[\\d,]*(\\.\\d+)?");

    private WebDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aRepQuotesOrdersAndShipsAndFinanceIssuesTheInvoiceForTheOrdersTotal() throws IOException {
        try {
            walkThrough();
        } catch (RuntimeException | AssertionError e) {
            if (browser != null) {
                Browsers.screenshot(browser, "order-to-invoice-failed");
                Files.writeString(Browsers.SHOTS.resolve("order-to-invoice-failed.html"), browser.getPageSource());
            }
            throw e;
        }
    }

    private void walkThrough() throws IOException {
        // the rep's last customer, which no other test takes, with room for the order under its credit limit
        long customerId = TandemDatabase.number("select c.id from customer c where c.status = 'ACTIVE' and c.territory_id in "
                + "(select m.territory_id from territory_member m join user_account u on u.id = m.user_id "
                + "where u.username = 'rep') order by c.id desc limit 1").longValue();
        TandemDatabase.update("update customer set credit_limit = 100000000 where id = ?", customerId);
        String customerCode = TandemDatabase.text("select code from customer where id = ?", customerId);
        String sku = TandemDatabase.text("select sku from product where id = ?", TandemDatabase.pricedProducts(10, 1).get(0));

        browser = Browsers.chromium(1400, 1000);
        wait = Browsers.waiting(browser);
        Browsers.logIn(browser, "rep");
        Browsers.chooseLanguage(browser, "English");

        // a new quotation: the customer and the product picked by typing, 2 of it, saved and priced
        browser.get(TandemClient.BASE + "/sales/quotation.xhtml");
        pick("quotation:customer", customerCode);
        pick("quotation:lines:0:product", sku);
        WebElement quantity = browser.findElement(By.id("quotation:lines:0:quantity_input"));
        quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2", Keys.TAB);
        browser.findElement(By.id("quotation:save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quotation:send")));
        assertTrue(browser.getCurrentUrl().contains("quotation.xhtml?id="), browser.getCurrentUrl());
        assertEquals("Draft", text("quotation:status"));
        List<WebElement> steps = browser.findElements(By.cssSelector("[id='quotation:priced'] .price-step"));
        assertFalse(steps.isEmpty(), "the priced line explains its price");
        assertTrue(steps.get(0).getText().startsWith("List price "), steps.get(0).getText());
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
                browser.findElement(By.id("quotation:priced")));
        Browsers.screenshot(browser, "order-to-invoice-1-quotation");

        // sent, accepted, and ordered in full
        click("quotation:send");
        waitForText("quotation:status", "Sent");
        click("quotation:accept");
        waitForText("quotation:status", "Accepted");
        click("quotation:order");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orderForm:orderDialog")));
        click("orderForm:create");
        wait.until(ExpectedConditions.urlContains("/sales/order.xhtml?id="));
        click("order:confirm");
        waitForText("order:status", "Confirmed");
        String orderNumber = documentNumber();
        BigDecimal orderGross = amount(text("order:grossTotal"));
        assertTrue(orderGross.signum() > 0, "the order has a total");
        Browsers.screenshot(browser, "order-to-invoice-2-order-confirmed");

        // the order waits to be delivered: a delivery of all of it is planned, and its goods issue posted
        browser.get(TandemClient.BASE + "/sales/deliveries.xhtml");
        WebElement orderRow = onlyRow("deliveries:tabs:toDeliver", "number", orderNumber);
        orderRow.findElement(By.cssSelector("button[id$=':plan']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("planForm:planDialog")));
        click("planForm:doPlan");
        wait.until(ExpectedConditions.urlContains("/sales/delivery.xhtml?id="));
        waitForText("delivery:status", "Planned");
        String deliveryNumber = documentNumber();
        click("delivery:ship");
        confirm();
        waitForText("delivery:status", "Shipped");
        Browsers.screenshot(browser, "order-to-invoice-3-delivery-shipped");

        // finance bills the delivery on an invoice of its own and issues it
        browser.manage().deleteAllCookies();
        Browsers.logIn(browser, "finance");
        Browsers.chooseLanguage(browser, "English");
        browser.get(TandemClient.BASE + "/finance/invoicing.xhtml");
        WebElement deliveryRow = onlyRow("invoicing:table", "number", deliveryNumber);
        deliveryRow.findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box")).click();
        wait.until(d -> {
            WebElement row = d.findElement(By.cssSelector("[id='invoicing:table_data'] > tr"));
            return "true".equals(row.getAttribute("aria-selected")) || row.getAttribute("class").contains("ui-state-highlight");
        });
        click("invoicing:billEach");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("invoicing:draftTable:0:draft"))).click();
        wait.until(ExpectedConditions.urlContains("/finance/invoice.xhtml?id="));
        assertEquals("Draft", text("invoiceForm:status"));
        click("invoiceForm:issue");
        confirm();
        int year = LocalDate.now().getYear();
        wait.until(ExpectedConditions.textMatches(By.cssSelector("h1.page-title"),
                Pattern.compile("Invoice INV-" + year + "-\\d{6}")));
        waitForText("invoiceForm:status", "Issued");
        assertEquals(0, orderGross.compareTo(amount(text("invoiceForm:grossTotal"))),
                () -> "invoice total " + text("invoiceForm:grossTotal") + ", order total " + orderGross);
        Browsers.screenshot(browser, "order-to-invoice-4-invoice-issued");
    }

    /** Types into an autocomplete and clicks the suggestion that holds what was typed. */
    private void pick(String autocomplete, String typed) {
        WebElement input = browser.findElement(By.id(autocomplete + "_input"));
        input.clear();
        input.sendKeys(typed);
        By item = By.xpath("//*[@id='" + autocomplete + "_panel']//li[contains(@class, 'ui-autocomplete-item')"
                + " and contains(., '" + typed + "')]");
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(autocomplete + "_panel")));
        assertTrue(input.getAttribute("value").contains(typed), input.getAttribute("value"));
    }

    /** Filters a table's column down to the one row that holds the text. */
    private WebElement onlyRow(String table, String column, String text) {
        browser.findElement(By.id(table + ":" + column + ":filter")).sendKeys(text);
        By rows = By.cssSelector("[id='" + table + "_data'] > tr");
        wait.until(d -> {
            List<WebElement> shown = d.findElements(rows);
            return shown.size() == 1 && shown.get(0).getText().contains(text);
        });
        return browser.findElement(rows);
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /** Says yes in the confirmation dialog just opened. */
    private void confirm() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"))).click();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    private void waitForText(String id, String expected) {
        wait.until(ExpectedConditions.textToBe(By.id(id), expected));
    }

    /** The document's number, the last word of the page title. */
    private String documentNumber() {
        String title = browser.findElement(By.cssSelector("h1.page-title")).getText().trim();
        return title.substring(title.lastIndexOf(' ') + 1);
    }

    private static BigDecimal amount(String text) {
        Matcher m = AMOUNT.matcher(text);
        assertTrue(m.find(), () -> "an amount in " + text);
        return new BigDecimal(m.group().replace(",", ""));
    }
}
