package io.stormwall.coach.internal;

import io.stormwall.web.ApiException;
import java.util.List;
import java.util.UUID;

/** A finding's key as the coach makes it: a rule of the table, a colon, and the sorted ids of its elements. */
final class FindingKey {

    /** More elements than any rule names in one finding. */
    static final int MAX_ELEMENTS = 16;

    private FindingKey() {}

    static void check(String key) {
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon < 0) {
            throw ApiException.invalid("key", "A finding's key is its rule, a colon and its elements' ids: 'event-not-past-tense:<id>'.");
        }
        String rule = key.substring(0, colon);
        if (Rules.find(rule).isEmpty()) {
            throw ApiException.invalid("key", "'" + abbreviated(rule) + "' is not a rule of the coach.");
        }
        List<String> ids = List.of(key.substring(colon + 1).split(",", -1));
        if (ids.size() > MAX_ELEMENTS) {
            throw ApiException.invalid("key", "A finding names at most " + MAX_ELEMENTS + " elements.");
        }
        for (String id : ids) {
            try {
                if (!UUID.fromString(id).toString().equals(id)) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("key", "'" + abbreviated(id) + "' in the key is not an element id (a lower-case UUID).");
            }
        }
        if (!ids.stream().sorted().toList().equals(ids) || ids.stream().distinct().count() != ids.size()) {
            throw ApiException.invalid("key", "A key lists its elements' ids once each, sorted.");
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
