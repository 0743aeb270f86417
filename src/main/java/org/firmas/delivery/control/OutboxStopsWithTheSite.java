package org.firmas.delivery.control;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Stops the outbox's senders when the site stops, while the database can still be written: by
 * the time the container destroys its singletons, Payara has already removed the application's
 * connection pool, and a sender could neither mark what it sent nor hand back what it claimed.
 */
@WebListener
public class OutboxStopsWithTheSite implements ServletContextListener {

    @Inject
    OutboxSender sender;

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        sender.stop();
    }
}
