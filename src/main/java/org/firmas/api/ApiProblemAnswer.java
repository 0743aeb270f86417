package org.firmas.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Writes a refusal as its JSON body; a 429 also says when to send again. */
@Provider
public class ApiProblemAnswer implements ExceptionMapper<ApiProblem> {

    @Override
    public Response toResponse(ApiProblem problem) {
        Response.ResponseBuilder answer = Response.status(problem.status())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(problem.body().toString());
        if (problem.status() == 429) {
            answer.header("Retry-After", "60");
        }
        return answer.build();
    }
}
