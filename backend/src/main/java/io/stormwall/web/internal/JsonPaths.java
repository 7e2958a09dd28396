package io.stormwall.web.internal;

import tools.jackson.core.JacksonException;

/** Names the input field a Jackson error is about, as a JSON path such as {@code elements[2].kind}. */
final class JsonPaths {

    private JsonPaths() {}

    static String of(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }
}
