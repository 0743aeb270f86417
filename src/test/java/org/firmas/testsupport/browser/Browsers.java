package org.firmas.testsupport.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, opened in the language a test asks for and closed after each test
 * whatever happened. Registered as an extension field by tests that drive a browser.
 */
public final class Browsers implements AfterEachCallback {

    private final List<WebDriver> open = new ArrayList<>();

    /** A phone-sized browser with JavaScript. */
    public WebDriver open(String acceptLanguages) {
        return open(acceptLanguages, 412, 915, true, false);
    }

    /**
     * A browser whose pages are the given size, with or without JavaScript. Headless Chromium
     * makes no window narrower than 500 pixels, so a phone's screen is emulated instead.
     */
    public WebDriver open(String acceptLanguages, int width, int height, boolean javaScript) {
        return open(acceptLanguages, width, height, javaScript, width < 500);
    }

    private WebDriver open(String acceptLanguages, int width, int height, boolean javaScript, boolean phone) {
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
        WebDriver driver = new ChromeDriver(service, options);
        open.add(driver);
        return driver;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        open.forEach(WebDriver::quit);
        open.clear();
    }
}
