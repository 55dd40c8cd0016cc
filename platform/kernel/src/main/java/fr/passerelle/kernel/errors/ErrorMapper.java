package fr.passerelle.kernel.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
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
        return ErrorResponses.toResponse(cause, uriInfo.getPath(false));
    }
}
