package io.stormwall.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Terse JSON objects for tests: {@code Json.object("type", "join", "lastSeq", 4)}; null values are left out. */
public final class Json {

    private Json() {}

    public static Map<String, Object> object(Object... fields) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            if (fields[i + 1] != null) {
                m.put((String) fields[i], fields[i + 1]);
            }
        }
        return m;
    }
}
