package fr.passerelle.kernel.errors;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures would otherwise reach the JAX-RS implementation's own mapper, which is more
 * specific than {@link ErrorMapper}; this one sends them to the same translation.
 */
@Provider
public class ValidationErrorMapper implements ExceptionMapper<ValidationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ValidationException error) {
        return ErrorResponses.toResponse(error, uriInfo.getPath(false));
    }
}
