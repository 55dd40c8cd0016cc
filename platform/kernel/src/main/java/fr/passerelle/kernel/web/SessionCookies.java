package fr.passerelle.kernel.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is HttpOnly (web.xml), SameSite=Lax (payara-web.xml: Payara 6 ignores the servlet
 * cookie attribute) and, when the public address is HTTPS, Secure:
 * behind a TLS-terminating proxy the container sees plain HTTP and would not know to set it.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        if (PublicAddress.configured().filter(url -> url.startsWith("https://")).isPresent()) {
            cookie.setSecure(true);
        }
    }
}
