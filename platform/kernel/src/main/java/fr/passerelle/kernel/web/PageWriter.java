package fr.passerelle.kernel.web;

import fr.passerelle.kernel.module.Modules;
import fr.passerelle.kernel.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Renders a {@link View} inside the DSFR layout, with the header navigation built from the modules. */
@Provider
@Produces(MediaType.TEXT_HTML)
public class PageWriter implements MessageBodyWriter<View> {

    @Inject
    Templates templates;

    @Inject
    Modules modules;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletRequest request;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return View.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(View view, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        String path = "/" + uriInfo.getPath(false).replaceFirst("^/", "");
        Map<String, Object> model = new HashMap<>(view.model());
        model.put("currentPath", path);
        Csrf.ForTemplates forms = new Csrf.ForTemplates(request);
        model.put("csrf", forms);
        String content = templates.render(view.template(), model);

        Map<String, Object> layout = new HashMap<>();
        layout.put("title", view.title());
        layout.put("contentHtml", content);
        layout.put("navigation", modules.navigation());
        layout.put("currentPath", path);
        boolean signedIn = caller.isSignedIn();
        layout.put("signedIn", signedIn);
        if (signedIn) {
            layout.put("userName", caller.name());
        } else {
            String query = uriInfo.getRequestUri().getRawQuery();
            String back = path.startsWith("/connexion") || path.startsWith("/deconnexion") ? "/"
                    : query == null ? path : path + "?" + query;
            layout.put("signInHref", "/connexion?retour=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        }
        layout.put("csrf", forms);
        headers.putSingle("Content-Type", "text/html; charset=UTF-8");
        // A signed-in page names its reader: shared caches must not keep it.
        headers.putSingle("Cache-Control", signedIn ? "private, no-store" : "no-cache");
        out.write(templates.render("kernel/layout.vm", layout).getBytes(StandardCharsets.UTF_8));
    }
}
