package fr.passerelle.testkit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signing in through the pages, as a browser would: Passerelle's /connexion, Keycloak's login form,
 * Passerelle's callback. Every step is checked, so a broken flow fails with the step that broke.
 */
public final class SignIn {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private SignIn() {
    }

    /**
     * Signs in from {@code /connexion?retour=<path>} with a realm user and answers Passerelle's callback reply
     * (a redirect to where the person asked to go).
     */
    public static Http.Reply as(Http browser, String returnPath, String username, String password) {
        Http.Reply start = browser.get("/connexion?retour=" + java.net.URLEncoder.encode(returnPath, java.nio.charset.StandardCharsets.UTF_8));
        expect(start, 303, "/connexion");
        Http.Reply loginPage = browser.follow(start);
        expect(loginPage, 200, "Keycloak's login page");
        Matcher action = FORM_ACTION.matcher(loginPage.body());
        if (!action.find()) {
            throw new AssertionError("no login form on Keycloak's page: " + loginPage);
        }
        String url = (action.group(1) != null ? action.group(1) : action.group(2)).replace("&amp;", "&");
        Http.Reply credentials = browser.postForm(url, "username", username, "password", password);
        expect(credentials, 302, "Keycloak's login form");
        Http.Reply callback = browser.follow(credentials);
        expect(callback, 303, "/connexion/retour");
        return callback;
    }

    /** The form token of a signed-in page (the sign-out form in the header carries it). */
    public static String formToken(Http.Reply page) {
        Matcher m = CSRF_FIELD.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no form token on the page: " + page);
        }
        return m.group(1);
    }

    private static void expect(Http.Reply reply, int status, String step) {
        if (reply.status() != status) {
            throw new AssertionError(step + ": expected " + status + ", got " + reply);
        }
    }
}
