package fr.passerelle.kernel.persistence;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Notes when the web application itself has started: the start-up singleton finishes before the web
 * context is initialised, and a node reporting ready in between would answer 404 to the first requests
 * a load balancer sends it (found by the search kill test). Payara still enables the application for
 * a few hundred milliseconds after this listener runs, during which it may answer 503; a load balancer
 * with a healthy threshold of two checks absorbs that.
 */
@WebListener
public class WebApplicationStarted implements ServletContextListener {

    private static volatile boolean started;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        started = true;
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        started = false;
    }

    static boolean isStarted() {
        return started;
    }
}
