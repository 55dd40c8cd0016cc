package fr.passerelle.kernel.web;

import fr.passerelle.kernel.module.Modules;
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

    @Context
    UriInfo uriInfo;

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
        String content = templates.render(view.template(), model);

        Map<String, Object> layout = new HashMap<>();
        layout.put("title", view.title());
        layout.put("contentHtml", content);
        layout.put("navigation", modules.navigation());
        layout.put("currentPath", path);
        headers.putSingle("Content-Type", "text/html; charset=UTF-8");
        headers.putSingle("Cache-Control", "no-cache");
        out.write(templates.render("kernel/layout.vm", layout).getBytes(StandardCharsets.UTF_8));
    }
}
