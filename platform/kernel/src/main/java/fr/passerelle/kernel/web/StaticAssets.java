package fr.passerelle.kernel.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.servlet.ServletContext;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the files under the WAR's {@code static/} folder (DSFR from npm, the platform's own CSS) with
 * a validator and a week of caching. JAX-RS owns every path of the site, so it serves them itself.
 */
@Path("static")
public class StaticAssets {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("css", "text/css; charset=UTF-8"),
            Map.entry("js", "text/javascript; charset=UTF-8"),
            Map.entry("mjs", "text/javascript; charset=UTF-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("json", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("txt", "text/plain; charset=UTF-8"));

    @Context
    ServletContext servletContext;

    @Context
    Request request;

    @GET
    @Path("{path: .+}")
    public Response asset(@PathParam("path") String path) throws Exception {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        if (!SAFE.matcher(path).matches() || !TYPES.containsKey(extension)) {
            throw new NotFoundException("Fichier introuvable.");
        }
        URL url = servletContext.getResource("/static/" + path);
        if (url == null) {
            throw new NotFoundException("Fichier introuvable.");
        }
        URLConnection connection = url.openConnection();
        EntityTag tag = new EntityTag(Long.toHexString(connection.getLastModified()) + "-"
                + Long.toHexString(connection.getContentLengthLong()));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(7 * 24 * 3600);
        cache.setPrivate(false);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            connection.getInputStream().close();
            return notModified.cacheControl(cache).build();
        }
        InputStream in = connection.getInputStream();
        return Response.ok(in, TYPES.get(extension)).tag(tag).cacheControl(cache).build();
    }
}
