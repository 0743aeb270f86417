package org.firmas.testsupport.browser;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Base of the tests that drive Debian's headless Chromium. Each test opens its own browser, in
 * the language it asks for, and it is closed afterwards whatever happened.
 */
public abstract class BrowserTest {

    private WebDriver driver;

    protected WebDriver browser(String acceptLanguages) {
        return browser(acceptLanguages, 412, 915, true, false);
    }

    /**
     * A browser whose pages are the given size, with or without JavaScript. Headless Chromium
     * makes no window narrower than 500 pixels, so a phone's screen is emulated instead.
     */
    protected WebDriver browser(String acceptLanguages, int width, int height, boolean javaScript) {
        return browser(acceptLanguages, width, height, javaScript, width < 500);
    }

    private WebDriver browser(String acceptLanguages, int width, int height, boolean javaScript, boolean phone) {
        DebianChromium.requireInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(DebianChromium.CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=" + acceptLanguages.split(",")[0], "--window-size=" + width + "," + height);
        if (phone) {
            // Without touch: emulated taps hang when the page's scripts are off; a click is a click.
            options.setExperimentalOption("mobileEmulation",
                    Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 1.0, "touch", false)));
        }
        if (!javaScript) {
            // Pages run no script of their own; the test's own probes still run through the driver.
            options.addArguments("--blink-settings=scriptEnabled=false");
        }
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
        options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DebianChromium.CHROMEDRIVER.toFile())
                .build();
        driver = new ChromeDriver(service, options);
        return driver;
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }
}
