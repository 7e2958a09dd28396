package io.stormwall.web.internal;

import io.stormwall.web.ApiException;
import io.stormwall.web.DatabaseOutage;
import io.stormwall.web.ErrorCode;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns every refused request into RFC 9457 problem details carrying a stable {@code code}. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private static final Map<Integer, String> CODES_BY_STATUS = Map.of(
            400, ErrorCode.BAD_REQUEST,
            404, ErrorCode.NOT_FOUND,
            405, ErrorCode.METHOD_NOT_ALLOWED,
            406, ErrorCode.NOT_ACCEPTABLE,
            415, ErrorCode.UNSUPPORTED_MEDIA_TYPE,
            500, ErrorCode.INTERNAL_ERROR);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> refused(ApiException e) {
        ResponseEntity<ProblemDetail> response = problem(e.status(), e.code(), e.getMessage(), e.field());
        if (!e.problems().isEmpty()) {
            response.getBody().setProperty("errors", e.problems());
        }
        if (e.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            // a busy or missing resource that comes back by itself: say when to try again
            return ResponseEntity.status(e.status()).headers(response.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseOutage.RETRY_AFTER.toSeconds()))
                    .body(response.getBody());
        }
        return response;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseOutage.causedBy(e)) {
            log.warn("Database unavailable: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseOutage.RETRY_AFTER.toSeconds()))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.DATABASE_UNAVAILABLE,
                            "The database cannot be reached; nothing was stored. Retry in a few seconds.", null).getBody());
        }
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, ErrorCode.INTERNAL_ERROR, "Something went wrong on the server.", null);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<ProblemDetail> response = unreadable(e.getMostSpecificCause());
        return ResponseEntity.status(response.getStatusCode()).body(response.getBody());
    }

    /**
     * Spring builds the problem of its own refusals (unknown path, wrong method, wrong media type) only after
     * {@code handleExceptionInternal}; this is where the finished body passes, so the {@code code} is added here.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail detail && (detail.getProperties() == null || !detail.getProperties().containsKey("code"))) {
            detail.setProperty("code", CODES_BY_STATUS.getOrDefault(status.value(), ErrorCode.BAD_REQUEST));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ResponseEntity<ProblemDetail> unreadable(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = JsonPaths.of(unknown);
            return problem(HttpStatus.BAD_REQUEST, ErrorCode.VALIDATION_FAILED, "Unknown field '" + field + "'.", field);
        }
        if (cause instanceof StreamReadException parse) {
            return problem(HttpStatus.BAD_REQUEST, ErrorCode.MALFORMED_JSON,
                    "The request body is not valid JSON: " + parse.getOriginalMessage(), null);
        }
        if (cause instanceof JacksonException mapping && !mapping.getPath().isEmpty()) {
            String field = JsonPaths.of(mapping);
            return problem(HttpStatus.BAD_REQUEST, ErrorCode.VALIDATION_FAILED,
                    "Field '" + field + "' has the wrong type or shape.", field);
        }
        return problem(HttpStatus.BAD_REQUEST, ErrorCode.MALFORMED_JSON, "A JSON request body is required.", null);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
