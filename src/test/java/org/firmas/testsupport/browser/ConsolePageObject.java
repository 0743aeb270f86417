package org.firmas.testsupport.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The organizer console in the browser: fields found by their Faces ids, buttons by their text. */
public final class ConsolePageObject {

    private final WebDriver browser;

    private ConsolePageObject(WebDriver browser) {
        this.browser = browser;
    }

    public static ConsolePageObject open(WebDriver browser, String url) {
        browser.get(url);
        return new ConsolePageObject(browser);
    }

    public ConsolePageObject logIn(String email, String password) {
        type("login:email", email).type("login:password", password);
        return press("Log in");
    }

    public ConsolePageObject type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
        return this;
    }

    /** Sets a field's value directly: date inputs take typed keys in the browser's locale format. */
    public ConsolePageObject set(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), value);
        return this;
    }

    public ConsolePageObject check(String id) {
        WebElement box = browser.findElement(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    public ConsolePageObject choose(String id, String value) {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id(id))).selectByValue(value);
        return this;
    }

    /** Presses a submit button by its text and waits for the next page. */
    public ConsolePageObject press(String buttonText) {
        WebElement button = browser.findElement(By.cssSelector("input[type=submit][value='" + buttonText + "']"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> gone(button));
        return this;
    }

    /**
     * Whether the page that held the element has been replaced. Chrome reports that either as a
     * stale element or, caught in the middle of the navigation, as a node that no longer belongs to
     * the document; both mean the next page is on its way.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException error) {
            if (error.getMessage() != null && error.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw error;
        }
    }

    public ConsolePageObject follow(String linkText) {
        browser.findElement(By.linkText(linkText)).click();
        return this;
    }

    public String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    public String textOf(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    public String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    public boolean has(By locator) {
        return !browser.findElements(locator).isEmpty();
    }

    public String url() {
        return browser.getCurrentUrl();
    }

    public String sessionCookie() {
        Cookie cookie = browser.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }
}
