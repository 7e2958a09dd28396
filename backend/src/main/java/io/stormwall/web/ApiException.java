package io.stormwall.web;

import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with the stable {@code code} clients branch on and, where one input is at fault,
 * the {@code field} it names. Rendered as RFC 9457 problem details.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String field;

    public ApiException(HttpStatus status, String code, String detail, String field) {
        super(detail);
        this.status = status;
        this.code = code;
        this.field = field;
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
}
