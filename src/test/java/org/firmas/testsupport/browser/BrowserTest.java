package org.firmas.testsupport.browser;

import org.firmas.testsupport.FirmasIT;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * Base of the deployed-application tests that drive Debian's headless Chromium. Each test opens
 * its own browser, in the language it asks for, and it is closed afterwards whatever happened.
 */
public abstract class BrowserTest extends FirmasIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    protected WebDriver browser(String acceptLanguages) {
        return browsers.open(acceptLanguages);
    }

    /** A browser whose pages are the given size, with or without JavaScript (see {@link Browsers}). */
    protected WebDriver browser(String acceptLanguages, int width, int height, boolean javaScript) {
        return browsers.open(acceptLanguages, width, height, javaScript);
    }
}
