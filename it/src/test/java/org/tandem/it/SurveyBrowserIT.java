package org.tandem.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A survey filled on a phone 390 pixels wide: the rep finds it on the sales desk, the page fits the screen without
 * scrolling sideways, a draft is saved, submitting too early names the missing question, the submitted answer then
 * shows in marketing's results.
 */
class SurveyBrowserIT {

    private static final int PHONE_WIDTH = 390;

    private WebDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aRepFillsASurveyOnAPhoneAndMarketingSeesTheAnswerCounted() throws IOException {
        try {
            walkThrough();
        } catch (RuntimeException | AssertionError e) {
            if (browser != null) {
                Browsers.screenshot(browser, "survey-failed");
                Files.writeString(Browsers.SHOTS.resolve("survey-failed.html"), browser.getPageSource());
            }
            throw e;
        }
    }

    private void walkThrough() throws IOException {
        // marketing designs the form in the designer and assigns it to the demo rep
        browser = Browsers.chromium(1400, 1000);
        wait = Browsers.waiting(browser);
        Browsers.logIn(browser, "marketing");
        Browsers.chooseLanguage(browser, "English");
        browser.get(TandemClient.BASE + "/marketing/survey.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("design:title"))).sendKeys("Shelf check 390");
        browser.findElement(By.id("design:q:0:text")).sendKeys("Where on the shelf");
        browser.findElement(By.id("design:q:0:options")).sendKeys("Eye level\nBottom");
        addQuestion(1, "OBSERVED_PRICE", "Shelf price");
        addQuestion(2, "YES_NO", "Competitor promotion");
        browser.findElement(By.id("design:save")).click();
        wait.until(ExpectedConditions.urlContains("survey.xhtml?id="));
        long surveyId = Long.parseLong(browser.getCurrentUrl().replaceFirst(".*id=(\\d+).*", "$1"));
        assertEquals("SINGLE_CHOICE,OBSERVED_PRICE,YES_NO", TandemDatabase.text(
                "select string_agg(q.kind, ',' order by q.position) from survey_question q "
                        + "join survey_version v on v.id = q.survey_version_id where v.survey_id = ?", surveyId));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='design:target'] .ui-button:nth-child(2)"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("design:rep"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='design:rep_panel'] li[data-label^='rep · ']"))).click();
        browser.findElement(By.id("design:assign")).click();
        wait.until(ExpectedConditions.textMatches(By.id("design:assignments"), java.util.regex.Pattern.compile("rep · ")));
        Browsers.screenshot(browser, "survey-designer");
        long assignment = TandemDatabase.count("select max(id) from survey_assignment where survey_id = ?", surveyId);
        browser.quit();

        browser = Browsers.phone(PHONE_WIDTH, 844);
        wait = Browsers.waiting(browser);
        Browsers.logIn(browser, "rep");
        Browsers.chooseLanguage(browser, "English");
        browser.get(TandemClient.BASE + "/sales/index.xhtml");
        By link = By.xpath("//div[@id='surveysDue']//a[contains(@href, 'assignment=" + assignment + "&')]");
        wait.until(ExpectedConditions.presenceOfElementLocated(link));
        assertEquals("Shelf check 390", browser.findElement(link).getText());
        browser.findElement(link).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("response:saveDraft")));

        assertEquals(PHONE_WIDTH, ((Number) js("return window.innerWidth")).intValue());
        long scrollWidth = ((Number) js("return document.scrollingElement.scrollWidth")).longValue();
        assertTrue(scrollWidth <= PHONE_WIDTH, "the page scrolls sideways: " + scrollWidth + " px wide");
        Browsers.screenshot(browser, "survey-phone-390");

        // the price only, saved as a draft
        browser.findElement(By.id("response:questions:1:price_input")).sendKeys("318.5");
        browser.findElement(By.id("response:saveDraft")).click();
        wait.until(ExpectedConditions.textToBe(By.id("response:status"), "Draft"));
        // too early: the other two questions are named
        browser.findElement(By.id("response:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("response:questions:0:missing")));
        assertEquals(2, browser.findElements(By.className("question-missing")).size());
        assertEquals("Please answer this question.", browser.findElement(By.id("response:questions:2:missing")).getText());
        Browsers.screenshot(browser, "survey-phone-390-missing");

        browser.findElement(By.cssSelector("label[for='response:questions:0:single:0']")).click();
        browser.findElement(By.cssSelector("[id='response:questions:2:yesNo'] .ui-button:nth-child(2)")).click();
        browser.findElement(By.id("response:submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("response:status"), "Submitted"));
        assertTrue(((Number) js("return document.scrollingElement.scrollWidth")).longValue() <= PHONE_WIDTH);
        Browsers.screenshot(browser, "survey-phone-390-submitted");
        assertEquals(1L, TandemDatabase.count("select count(*) from survey_response r join survey_assignment a "
                + "on a.id = r.assignment_id where a.survey_id = ? and r.status = 'SUBMITTED'", surveyId));
        browser.quit();

        browser = Browsers.chromium(1400, 1000);
        wait = Browsers.waiting(browser);
        Browsers.logIn(browser, "marketing");
        Browsers.chooseLanguage(browser, "English");
        browser.get(TandemClient.BASE + "/marketing/survey-results.xhtml?id=" + surveyId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results:respondents")));
        assertEquals("Answers · 1 responses submitted", browser.findElement(By.id("results:respondents")).getText());
        String page = browser.findElement(By.id("results")).getText();
        assertTrue(page.contains("318.50 CNY"), "the observed price in the results");
        assertTrue(page.contains("Eye level\n1\n100.0 %") || page.contains("Eye level 1 100.0 %"), "the choice counted");
        assertEquals("100.0 %", browser.findElement(By.id("results:totalRate")).getText());
        Browsers.screenshot(browser, "survey-results");
    }

    /**
     * Adds question {@code index} in the designer, of {@code kind}, worded {@code text}. The kind is set on the menu's
     * own select element, which is what the form submits: the overlay's items are not reliably clickable here.
     */
    private void addQuestion(int index, String kind, String text) {
        browser.findElement(By.id("design:addQuestion")).click();
        String prefix = "design:q:" + index + ":";
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(prefix + "text"))).sendKeys(text);
        js("document.getElementById('" + prefix + "kind_input').value = '" + kind + "'");
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
