package org.firmas.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * Puts {@link LogLineFilter} in front of the server's log handlers while Firmas runs. A filter on
 * a handler sees the records of every logger; one on the org.firmas logger would not see those
 * of its children, nor the server's records about requests.
 */
@WebListener
public class LogLineFilterInstaller implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (!(handler.getFilter() instanceof LogLineFilter)) {
                handler.setFilter(new LogLineFilter(handler.getFilter()));
            }
        }
    }

    /** The server outlives the application: its handlers must not keep this application's classes. */
    @Override
    public void contextDestroyed(ServletContextEvent event) {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (handler.getFilter() instanceof LogLineFilter filter) {
                handler.setFilter(filter.previous());
            }
        }
    }
}
