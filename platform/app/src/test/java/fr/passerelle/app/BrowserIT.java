package fr.passerelle.app;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fr.passerelle.testkit.Deployments;
import fr.passerelle.testkit.Http;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser (Debian's Chromium, headless): every page of {@link #PAGES} passes axe-core's
 * WCAG 2.1 A and AA rules, is in French and has a skip link to the content; and the site can be browsed with
 * JavaScript turned off. A new page is checked by adding its path to {@link #PAGES}.
 *
 * <p>The browser and its driver are the system's ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver},
 * see {@code .ci/install-browser}); nothing is downloaded (Selenium Manager is never reached because the
 * driver executable and the browser binary are both given explicitly).
 */
@ExtendWith(ArquillianExtension.class)
public class BrowserIT {

    /** Every page the browser checks. Later pages: add their path here. */
    static final List<String> PAGES = List.of(
            "/",
            "/ressources",
            "/ressources/pass-numerique",
            "/ressources/pix-evaluer-competences-numeriques",
            "/ressources?audience=elus&licence=etalab-2.0",
            "/ressources?q=zzzqqqxx",
            "/parcours",
            "/parcours/strategie-inclusion-numerique-de-mon-territoire",
            "/recherche",
            "/recherche?q=pass+num%C3%A9rique&facet.type=resource",
            "/recherche?q=zzzzqqqq",
            "/accessibilite",
            "/territoires",
            "/territoires?region=52&type=epci",
            "/territoires/nantes-metropole",
            "/initiatives/pass-numerique-premier-test-aquitaine",
            "/initiatives/pass-numerique-premier-test-aquitaine/historique",
            "/indicateurs",
            "/indicateurs?par=theme",
            "/evenements",
            "/evenements/confidentialite",
            "/evenements/nec-2018-nantes",
            "/evenements/nec-2027",
            "/evenements/nec-2027?format=atelier&theme=formation",
            "/evenements/nec-2027/inscription",
            "/deconnexion",
            "/page-inexistante",
            "/gouvernance",
            "/gouvernance/instance-nationale",
            "/gouvernance/instance-nationale/decisions",
            "/gouvernance/instance-nationale/decisions/INP-2026-04",
            "/gouvernance/instance-nationale/reunions/reunion-2026-03-installation",
            "/gouvernance/instance-nationale/reunions/reunion-2027-01-pleniere",
            "/gouvernance/instance-nationale/actions/pix-parcours");

    /**
     * Pages checked as a signed-in person, by demo username (password {@code <username>-demo}): one browser
     * sign-in per user, then every page of the list. Modules add their users and pages here.
     */
    static final Map<String, List<String>> SIGNED_IN_PAGES = orderedMap(
            "editrice", List.of("/mon-espace", "/", "/ressources/proposer", "/ressources/pass-numerique",
                    "/ressources/pass-numerique/modifier", "/ressources/moderation", "/ressources/moderation/signalements",
                    "/ressources/moderation/liens-casses", "/ressources/moderation/historique/pass-numerique"),
            "nantes", List.of("/territoires/nantes-metropole", "/territoires/nantes-metropole/initiatives/nouvelle",
                    "/initiatives/accompagnement-demarches-bibliotheques-nantes",
                    "/initiatives/accompagnement-demarches-bibliotheques-nantes/modifier",
                    "/initiatives/pass-numerique-hauts-de-france"),
            "secretariat", List.of("/gouvernance/instance-nationale/tableau-de-bord",
                    "/gouvernance/instance-nationale/reunions/reunion-2026-10-bilan",
                    "/gouvernance/instance-nationale/reunions/reunion-2027-01-pleniere",
                    "/gouvernance/instance-nationale/reunions/reunion-2026-06-pass-numerique",
                    "/gouvernance/mes-actions"),
            "membre", List.of("/gouvernance/mes-actions",
                    "/gouvernance/instance-nationale/reunions/reunion-2026-10-bilan",
                    "/gouvernance/instance-nationale/actions/pass-recensement"),
            "accueil", List.of("/evenements/nec-2027/accueil"),
            "admin", List.of("/evenements/nec-2027/organisation"));

    private static Map<String, List<String>> orderedMap(Object... usersAndPages) {
        Map<String, List<String>> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < usersAndPages.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> pages = (List<String>) usersAndPages[i + 1];
            map.put((String) usersAndPages[i], pages);
        }
        return map;
    }

    static final String CHROMIUM = System.getProperty("browser.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("browser.driver", "/usr/bin/chromedriver");
    static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Duration WAIT = Duration.ofSeconds(20);

    /** A page title is "<French title> — Passerelle"; these would betray an untranslated or default title. */
    static final Pattern NOT_FRENCH = Pattern.compile(
            "(?i)\\b(not found|error|home|untitled|forbidden|unauthori[sz]ed|internal server|bad request|http \\d{3})\\b"
                    + "|&[a-z]+;|&#|Ã");

    private static ChromeDriver browser;
    private static ChromeDriver noScriptBrowser;
    private static final List<Path> profiles = new ArrayList<>();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.platform();
    }

    @Test
    void pagesPassAxeAndAreFrench() {
        String axe = axeSource();
        ChromeDriver driver = browser();
        List<Executable> checks = PAGES.stream().<Executable>map(path -> () -> checkPage(driver, axe, path)).toList();
        assertAll("pages", checks);
    }

    @Test
    void navigationWorksWithoutJavaScript() {
        ChromeDriver driver = noScriptBrowser();
        driver.get(url("/"));
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        assertFalse(isPresent(driver, By.cssSelector("html[data-fr-js]")),
                "le JavaScript devrait être désactivé dans cette session (html[data-fr-js] présent)");

        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//nav[@id='navigation']//a[normalize-space(.)='Ressources']")));
        assertTrue(link.isDisplayed(), "le lien « Ressources » de la navigation doit être visible sans JavaScript");
        link.click();

        wait.until(ExpectedConditions.urlMatches("/ressources/?$"));
        WebElement h1 = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main h1")));
        assertEquals("Ressources", h1.getText().trim());
        assertTrue(driver.getTitle().startsWith("Ressources"), "titre inattendu : " + driver.getTitle());
    }

    @Test
    void signedInPagesPassAxeAndAreFrench() {
        String axe = axeSource();
        List<Executable> checks = new ArrayList<>();
        SIGNED_IN_PAGES.forEach((user, pages) -> checks.add(() -> {
            ChromeDriver driver = start(options());
            try {
                signIn(driver, user);
                assertAll(user, pages.stream().<Executable>map(path -> () -> checkPage(driver, axe, path)).toList());
            } finally {
                driver.quit();
            }
        }));
        assertAll("signed-in pages", checks);
    }

    /** The pages a guest reaches from the e-mails (by the management token), which no list of paths can name. */
    @Test
    void registrationPagesOfAGuestPassAxeAndAreFrench() {
        String email = "navigateur." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        Http.Reply registered = new Http(base).postJson("/api/events/nec-2027/registrations", "{\"name\":\"Inès Garnier\","
                + "\"email\":\"" + email + "\",\"organisation\":\"Médiathèque\",\"sessions\":[],\"consent\":true}");
        assertEquals(201, registered.status(), registered.toString());
        String manage = java.net.URI.create(registered.json().getString("manageUrl")).getPath();
        String axe = axeSource();
        ChromeDriver driver = browser();
        assertAll("guest pages", () -> checkPage(driver, axe, manage), () -> checkPage(driver, axe, "/evenements/nec-2027/inscription/deja"));
    }

    /** Signs in on Keycloak's login page as a demo user, from "Mon espace", and waits to be back. */
    private void signIn(ChromeDriver driver, String username) {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        driver.get(url("/mon-espace"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(username + "-demo");
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlMatches("/mon-espace$"));
        driver.manage().logs().get(LogType.BROWSER); // Keycloak's page messages are not ours to judge
    }

    /** Signs in as editrice on Keycloak's page, finds her name and role on "Mon espace", then signs out from the header. */
    @Test
    void editriceSignsInSeesHerSpaceAndSignsOut() {
        ChromeDriver driver = start(options());
        try {
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            signIn(driver, "editrice");
            String main = driver.findElement(By.tagName("main")).getText();
            assertTrue(main.contains("Élodie Garnier") && main.contains("Édition nationale des contenus"), main);

            driver.findElement(By.xpath("//header//button[normalize-space(.)='Se déconnecter']")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//header//a[normalize-space(.)='Se connecter']")));
            assertEquals(url("/"), driver.getCurrentUrl(), "back home after Keycloak ended its session");
            List<String> blocked = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
            assertTrue(blocked.isEmpty(), "sign-out redirect blocked: " + blocked);

            driver.get(url("/mon-espace"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        } finally {
            driver.quit();
        }
    }

    private void checkPage(ChromeDriver driver, String axe, String path) {
        driver.get(url(path));
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        // Test the page as people see it: after DSFR's script has started (it marks <html data-fr-js>).
        wait.withMessage("le JavaScript du DSFR n'a pas démarré sur " + path)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html[data-fr-js='true']")));

        String lang = driver.findElement(By.tagName("html")).getDomAttribute("lang");
        String title = driver.getTitle();
        List<WebElement> links = driver.findElements(By.cssSelector("a[href]"));
        assertAll(path,
                () -> assertEquals("fr", lang, path + ": <html lang>"),
                () -> assertTrue(title.endsWith(" — Passerelle") && title.length() > " — Passerelle".length(),
                        path + ": le titre doit être « <titre de la page> — Passerelle », pas « " + title + " »"),
                () -> assertFalse(NOT_FRENCH.matcher(title).find(),
                        path + ": titre non français ou mal encodé : « " + title + " »"),
                () -> assertFalse(links.isEmpty() || !"#contenu".equals(links.get(0).getDomAttribute("href")),
                        path + ": le premier lien de la page doit être le lien d'évitement vers #contenu"),
                () -> assertFalse(driver.findElements(By.cssSelector(".fr-skiplinks a[href='#contenu']")).isEmpty(),
                        path + ": pas de lien d'évitement vers #contenu dans .fr-skiplinks"),
                () -> assertFalse(driver.findElements(By.id("contenu")).isEmpty(),
                        path + ": pas d'élément #contenu pour le lien d'évitement"),
                () -> {
                    List<String> blocked = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                            .map(LogEntry::getMessage)
                            .filter(m -> m.contains("Content Security Policy"))
                            .toList();
                    assertTrue(blocked.isEmpty(), path + ": la politique de sécurité du contenu a bloqué : " + blocked);
                },
                () -> {
                    List<Map<String, Object>> violations = runAxe(driver, axe, path);
                    if (!violations.isEmpty()) {
                        fail(path + ": " + violations.size() + " violation(s) axe-core (WCAG 2.1 A/AA)\n"
                                + describe(violations));
                    }
                });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> runAxe(ChromeDriver driver, String axe, String path) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.executeScript(axe);
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
                  .then(r => done({
                      passes: r.passes.length,
                      incomplete: r.incomplete.map(v => v.id),
                      violations: r.violations.map(v => ({
                          id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
                          nodes: v.nodes.map(n => ({
                              target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : String(t)).join(', '),
                              html: n.html, summary: n.failureSummary || ''}))}))}))
                  .catch(e => done('axe a échoué : ' + e));
                """, AXE_TAGS);
        if (!(result instanceof Map<?, ?> map)) {
            throw new AssertionError(String.valueOf(result));
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) map.get("violations");
        System.out.printf("BrowserIT %s : %s règles respectées, %d violation(s), à vérifier à la main : %s%n",
                path, map.get("passes"), violations.size(), map.get("incomplete"));
        return violations;
    }

    @SuppressWarnings("unchecked")
    static String describe(List<Map<String, Object>> violations) {
        StringBuilder sb = new StringBuilder();
        for (Map<String, Object> v : violations) {
            sb.append("  - ").append(v.get("id")).append(" [").append(v.get("impact")).append("] ")
                    .append(v.get("help")).append(" (").append(v.get("helpUrl")).append(")\n");
            for (Map<String, Object> node : (List<Map<String, Object>>) v.get("nodes")) {
                sb.append("      ").append(node.get("target")).append("  ").append(node.get("html")).append('\n');
                String summary = String.valueOf(node.get("summary")).replace("\n", "\n        ");
                if (!summary.isBlank()) {
                    sb.append("        ").append(summary).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private String url(String path) {
        return new Http(base).uri(path).toString();
    }

    private static boolean isPresent(WebDriver driver, By by) {
        return !driver.findElements(by).isEmpty();
    }

    private static String axeSource() {
        String file = System.getProperty("axe.script");
        if (file == null) {
            throw new IllegalStateException("system property axe.script is not set (see platform/app/pom.xml)");
        }
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("axe-core not found at " + file + " (npm ci installs it)", e);
        }
    }

    private static synchronized ChromeDriver browser() {
        if (browser == null) {
            browser = start(options());
        }
        return browser;
    }

    private static synchronized ChromeDriver noScriptBrowser() {
        if (noScriptBrowser == null) {
            ChromeOptions options = options();
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
            noScriptBrowser = start(options);
        }
        return noScriptBrowser;
    }

    private static ChromeOptions options() {
        Path profile;
        try {
            profile = Files.createTempDirectory("passerelle-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        profiles.add(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // Console messages are read back to catch content security policy violations.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=fr-FR", "--user-data-dir=" + profile);
        return options;
    }

    private static ChromeDriver start(ChromeOptions options) {
        File driver = new File(CHROMEDRIVER);
        File binary = new File(CHROMIUM);
        if (!driver.canExecute() || !binary.canExecute()) {
            throw new IllegalStateException(CHROMIUM + " and " + CHROMEDRIVER + " are required (run .ci/install-browser)");
        }
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, driver.getPath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver)
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().window().setSize(new Dimension(1280, 900));
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return chrome;
    }

    @AfterAll
    static void quitBrowsers() {
        for (ChromeDriver driver : new ChromeDriver[] {browser, noScriptBrowser}) {
            if (driver != null) {
                try {
                    driver.quit();
                } catch (RuntimeException ignored) {
                    // the browser is gone already
                }
            }
        }
        browser = null;
        noScriptBrowser = null;
        for (Path profile : profiles) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a temp folder left behind is harmless
            }
        }
        profiles.clear();
    }
}
