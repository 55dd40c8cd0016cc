package fr.passerelle.kernel.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/** The Velocity engine: templates from the classpath ({@code templates/<module>/…}), escaping on. */
@ApplicationScoped
public class Templates {

    private final VelocityEngine engine;

    public Templates() {
        Properties p = new Properties();
        p.setProperty("resource.loaders", "classpath");
        p.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        p.setProperty("resource.loader.classpath.cache", "true");
        p.setProperty("resource.loader.classpath.modification_check_interval", "-1");
        p.setProperty("resource.default_encoding", "UTF-8");
        p.setProperty("event_handler.reference_insertion.class", EscapingInsertion.class.getName());
        p.setProperty("space.gobbling", "lines");
        engine = new VelocityEngine(p);
        engine.init();
    }

    /** @param name path below {@code templates/}, e.g. {@code resources/list.vm} */
    public String render(String name, Map<String, Object> model) {
        Template template = engine.getTemplate("templates/" + name, "UTF-8");
        VelocityContext context = new VelocityContext();
        model.forEach(context::put);
        StringWriter out = new StringWriter();
        template.merge(context, out);
        return out.toString();
    }
}
