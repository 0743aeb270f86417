package org.firmas.testsupport.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page behind a confirmation link, with its one button. */
public final class ConfirmPageObject {

    private final WebDriver browser;

    private ConfirmPageObject(WebDriver browser) {
        this.browser = browser;
    }

    public static ConfirmPageObject open(WebDriver browser, String url) {
        browser.get(url);
        return new ConfirmPageObject(browser);
    }

    public String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    public void confirm(String buttonText) {
        browser.findElement(By.cssSelector("input[type=submit][value='" + buttonText + "']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/confirmed"));
    }
}
