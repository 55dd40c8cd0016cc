package fr.passerelle.kernel.web;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.info.Info;

/** Keeps the OpenAPI document to the JSON API: pages and static files are not an API. */
public class ApiOnlyFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().keySet().stream()
                    .filter(path -> !(path.equals("/api") || path.startsWith("/api/")))
                    .toList()
                    .forEach(openAPI.getPaths()::removePathItem);
        }
        Info info = openAPI.getInfo();
        if (info != null) {
            info.setTitle("API Passerelle");
            info.setDescription("API JSON de Passerelle, plateforme du plan national pour un numérique inclusif. "
                    + "Listes paginées (page, size), erreurs au format application/problem+json (RFC 9457).");
        }
    }
}
