package org.firmas.testsupport.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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

    public String title() {
        return browser.getTitle();
    }

    public WebElement find(String cssSelector) {
        return browser.findElement(By.cssSelector(cssSelector));
    }

    public List<WebElement> findAll(String cssSelector) {
        return browser.findElements(By.cssSelector(cssSelector));
    }

    /** The field whose visible label is given. */
    public WebElement field(String label) {
        return browser.findElement(By.xpath("//label[normalize-space()='" + label + "']/following-sibling::input[1]"));
    }

    /** Presses a submit button the browser itself may refuse to send (its own checks), without waiting. */
    public void tryToPress(String buttonText) {
        browser.findElement(By.cssSelector("input[type=submit][value='" + buttonText + "']")).click();
    }

    /** Where the element's top is in the window now, in CSS pixels from the window's top edge. */
    public double topInWindow(WebElement element) {
        return ((Number) probe("return arguments[0].getBoundingClientRect().top;", element)).doubleValue();
    }

    /** Where the element's left edge is, in CSS pixels. */
    public double left(WebElement element) {
        return ((Number) probe("return arguments[0].getBoundingClientRect().left;", element)).doubleValue();
    }

    /** Where the element's right edge is, in CSS pixels. */
    public double right(WebElement element) {
        return ((Number) probe("return arguments[0].getBoundingClientRect().right;", element)).doubleValue();
    }

    public double windowWidth() {
        return ((Number) probe("return window.innerWidth;")).doubleValue();
    }

    public double windowHeight() {
        return ((Number) probe("return window.innerHeight;")).doubleValue();
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return browser.switchTo().activeElement();
    }

    /** The element the address's fragment points at (CSS :target), or null. */
    public WebElement target() {
        return (WebElement) probe("return document.querySelector(':target');");
    }

    /** A property of an element as the browser holds it, such as a field's validity. */
    public Object property(WebElement element, String expression) {
        return probe("return arguments[0]." + expression + ";", element);
    }

    /** Runs in the driver's own context: it works even where the page's scripts are turned off. */
    private Object probe(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}
