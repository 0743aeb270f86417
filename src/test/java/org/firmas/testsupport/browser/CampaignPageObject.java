package org.firmas.testsupport.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A campaign page in the browser: what it shows, and its sign form. */
public final class CampaignPageObject {

    private final WebDriver browser;

    private CampaignPageObject(WebDriver browser) {
        this.browser = browser;
    }

    public static CampaignPageObject open(WebDriver browser, String url) {
        browser.get(url);
        return new CampaignPageObject(browser);
    }

    public String language() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    public String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    public long shownCount() {
        return Long.parseLong(browser.findElement(By.tagName("progress")).getAttribute("value"));
    }

    /** Types into the field whose visible label is given, as a person finds it. */
    public CampaignPageObject type(String label, String value) {
        browser.findElement(By.xpath("//label[normalize-space()='" + label + "']/following-sibling::input[1]")).sendKeys(value);
        return this;
    }

    public void press(String buttonText) {
        String before = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("input[type=submit][value='" + buttonText + "']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
    }

    public String url() {
        return browser.getCurrentUrl();
    }
}
