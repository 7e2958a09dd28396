package io.stormwall.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with the stable {@code code} clients branch on and, where one input is at fault,
 * the {@code field} it names. Rendered as RFC 9457 problem details.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String field;
    private final List<InputProblem> problems;

    public ApiException(HttpStatus status, String code, String detail, String field) {
        this(status, code, detail, field, List.of());
    }

    private ApiException(HttpStatus status, String code, String detail, String field, List<InputProblem> problems) {
        super(detail);
        this.status = status;
        this.code = code;
        this.field = field;
        this.problems = List.copyOf(problems);
    }

    /**
     * A body refused for several reasons at once, each at its JSON path (rendered as {@code errors}); {@code field}
     * names the first, so clients reading one field keep working.
     */
    public static ApiException invalidAll(String code, String detail, List<InputProblem> problems) {
        String first = problems.isEmpty() ? null : problems.get(0).path();
        return new ApiException(HttpStatus.BAD_REQUEST, code, detail, first, problems);
    }

    public ApiException(HttpStatus status, String code, String detail) {
        this(status, code, detail, null);
    }

    public static ApiException invalid(String field, String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, ErrorCode.VALIDATION_FAILED, detail, field);
    }

    public static ApiException notFound(String code, String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, code, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    /** Every problem of the body when it was checked as a whole; empty when one {@link #field} says it all. */
    public List<InputProblem> problems() {
        return problems;
    }
}
