package fr.passerelle.kernel.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The single mapper for every failure; see {@link ErrorResponses}. */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable error) {
        Object limit = request == null ? null : request.getAttribute(BodySizeLimit.EXCEEDED);
        Throwable cause = limit instanceof Long max ? new BodyTooLarge(max) : error;
        String path = uriInfo.getPath(false);
        if (cause instanceof NotAuthorizedException && !ErrorResponses.isApi(path) && request != null
                && "GET".equals(request.getMethod())) {
            return signInFirst();
        }
        return ErrorResponses.toResponse(cause, path);
    }

    /** A page that needs a signed-in visitor sends anonymous ones to sign in, then back here. */
    private Response signInFirst() {
        String query = uriInfo.getRequestUri().getRawQuery();
        String back = "/" + uriInfo.getPath(false).replaceFirst("^/+", "") + (query == null ? "" : "?" + query);
        return Response.seeOther(UriBuilder.fromPath("/connexion").queryParam("retour", back).build())
                .header("Cache-Control", "no-store").build();
    }
}
