package io.stormwall.wall;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** What one kind-specific property may hold; {@link #problem} says what is wrong with a value, or null. */
public sealed interface PropRule {

    String problem(JsonNode value);

    static PropRule oneOf(String... values) {
        return new OneOf(List.of(values));
    }

    static PropRule text(int maxLength) {
        return new Text(maxLength);
    }

    static PropRule bool() {
        return new Bool();
    }

    record OneOf(List<String> values) implements PropRule {
        @Override
        public String problem(JsonNode value) {
            return value.isString() && values.contains(value.stringValue()) ? null : "must be one of " + String.join(", ", values);
        }
    }

    record Text(int maxLength) implements PropRule {
        @Override
        public String problem(JsonNode value) {
            return value.isString() && value.stringValue().length() <= maxLength ? null : "must be text of at most " + maxLength + " characters";
        }
    }

    record Bool() implements PropRule {
        @Override
        public String problem(JsonNode value) {
            return value.isBoolean() ? null : "must be true or false";
        }
    }
}
