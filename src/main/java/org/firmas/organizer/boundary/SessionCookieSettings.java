package org.firmas.organizer.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie only organizers get: never readable by scripts, and only sent over HTTPS when
 * the public address is HTTPS (a proxy in front may hide that from the request itself).
 * SameSite is set in payara-web.xml, the one place Payara reads it from.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        String baseUrl = ConfigProvider.getConfig().getOptionalValue("firmas.base.url", String.class).orElse("");
        if (baseUrl.startsWith("https:")) {
            cookie.setSecure(true);
        }
    }
}
