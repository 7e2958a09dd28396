package io.stormwall.web.internal;

import io.stormwall.web.ApiException;
import io.stormwall.web.InputProblem;
import io.stormwall.web.ReadableJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every JSON request body is held to {@link ReadableJson} before it is bound or checked against its schema, so a
 * NUL or a lone surrogate — in a value or a field's name — is a 400 naming its field wherever it is sent, never a
 * failure deep inside (PostgreSQL refuses NUL) or text stored altered.
 */
@ControllerAdvice
class ReadableBodies extends RequestBodyAdviceAdapter {

    private final JsonMapper json;

    ReadableBodies(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return JacksonJsonHttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = checked(input.getBody().readAllBytes());
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    /**
     * The body as it is to be read: written again from the checked tree, where a -0 became 0. Broken JSON is left
     * to the converter, which names what is wrong with it.
     */
    private byte[] checked(byte[] body) {
        if (body.length == 0) {
            return body;
        }
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JacksonException e) {
            ReadableJson.problemInRefused(body).ifPresent(ReadableBodies::refuse);
            return body;
        }
        ReadableJson.problemIn(tree).ifPresent(ReadableBodies::refuse);
        return json.writeValueAsBytes(tree);
    }

    private static void refuse(InputProblem problem) {
        throw ApiException.invalid(problem.path(), problem.message());
    }
}
