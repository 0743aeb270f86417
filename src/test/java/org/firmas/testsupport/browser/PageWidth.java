package org.firmas.testsupport.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * How wide a page is in the browser, and pictures of it. A page wider than the screen scrolls
 * sideways on a phone, which is what {@link #scrollWidth} catches; the pictures (in
 * target/console-screens) are for a person to look at.
 */
public final class PageWidth {

    private static final Path SCREENS = Path.of("target", "console-screens");

    private PageWidth() {
    }

    /** Makes the page area exactly this wide, whatever the browser's own frame takes. */
    public static void viewport(WebDriver browser, int width, int height) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        browser.manage().window().setSize(new Dimension(width, height));
    }

    public static long innerWidth(WebDriver browser) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;")).longValue();
    }

    /** The width of the whole page, scrolled sideways to its end. */
    public static long scrollWidth(WebDriver browser) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return document.scrollingElement.scrollWidth;")).longValue();
    }

    /** The elements wider than the screen, to name in a failure. */
    @SuppressWarnings("unchecked")
    public static List<String> overflowing(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "const w = document.documentElement.clientWidth; return [...document.querySelectorAll('body *')]"
                        + ".filter(e => e.getBoundingClientRect().right > w + 0.5).slice(0, 8)"
                        + ".map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')"
                        + " + ' right=' + Math.round(e.getBoundingClientRect().right));");
    }

    /** A picture of the whole page, as name.png in target/console-screens. */
    public static void screenshot(WebDriver browser, String name) {
        try {
            Files.createDirectories(SCREENS);
            long height = ((Number) ((JavascriptExecutor) browser).executeScript("return document.scrollingElement.scrollHeight;")).longValue();
            int width = (int) innerWidth(browser);
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                    "width", width, "height", (int) Math.min(height, 8000), "deviceScaleFactor", 1, "mobile", false));
            Files.write(SCREENS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                    "width", width, "height", 823, "deviceScaleFactor", 1, "mobile", false));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
