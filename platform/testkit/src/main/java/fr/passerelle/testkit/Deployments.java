package fr.passerelle.testkit;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test deployments are the WAR the build just packaged, kernel and modules included: no class is listed
 * by hand, so a test sees exactly what production runs. Named ROOT.war so that Payara Micro serves it at
 * "/", as in production.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive platform() {
        String path = System.getProperty("passerelle.war");
        if (path == null) {
            throw new IllegalStateException("system property passerelle.war is not set (see platform/app/pom.xml)");
        }
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException("WAR not found: " + war + " (run mvn verify, which packages it first)");
        }
        WebArchive packaged = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(packaged);
    }
}
