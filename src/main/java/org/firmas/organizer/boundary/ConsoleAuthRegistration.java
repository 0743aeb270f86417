package org.firmas.organizer.boundary;

import jakarta.inject.Inject;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.firmas.organizer.control.OrganizerCredentials;

/** Puts the console's login module in place before the first request; web.xml's constraints then use it. */
@WebListener
public class ConsoleAuthRegistration implements ServletContextListener {

    @Inject
    OrganizerCredentials credentials;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        AuthConfigFactory.getFactory().registerServerAuthModule(new ConsoleAuthModule(credentials), event.getServletContext());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        AuthConfigFactory.getFactory().removeServerAuthModule(event.getServletContext());
    }
}
