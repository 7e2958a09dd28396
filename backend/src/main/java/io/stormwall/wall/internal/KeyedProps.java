package io.stormwall.wall.internal;

import io.stormwall.wall.WallErrors;
import io.stormwall.web.InputProblem;
import io.stormwall.web.JsonContract;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The props that hold entries by key (an element's fields and scenarios) merge one level deeper than the others, so
 * that two people editing two fields of one sticky at once both keep their edit: each entry is last-writer-wins, a
 * null removes it. What the merged whole must hold — its size and unique field names — is checked here, since only
 * the merge shows it.
 */
public final class KeyedProps {

    private static final Set<String> KEYED = Set.of("fields", "scenarios");
    private static final Map<String, Integer> MOST = Map.of(
            "fields", most("fields"),
            "scenarios", most("scenarios"));

    private KeyedProps() {}

    public static boolean isKeyed(String prop) {
        return KEYED.contains(prop);
    }

    /** {@code current} (owned by the caller) with {@code changes} merged in; null when nothing is left. */
    public static ObjectNode merged(String prop, JsonNode current, ObjectNode changes, String path) {
        ObjectNode merged = current instanceof ObjectNode object ? object : changes.objectNode();
        changes.properties().forEach(change -> {
            if (change.getValue().isNull()) {
                merged.remove(change.getKey());
            } else {
                merged.set(change.getKey(), change.getValue());
            }
        });
        if (merged.size() > MOST.get(prop)) {
            throw WallErrors.invalid(path, "An element holds at most " + MOST.get(prop) + " " + prop + "; this change would make "
                    + merged.size() + ".");
        }
        if (prop.equals("fields")) {
            checkNamesUnique(merged, path);
        }
        return merged.isEmpty() ? null : merged;
    }

    private static void checkNamesUnique(ObjectNode fields, String path) {
        InputProblem taken = nameTaken(fields, path);
        if (taken != null) {
            throw WallErrors.invalid(taken.path(), taken.message());
        }
    }

    /** The first field whose name another field of the same element has already, whatever the case; null if none. */
    static InputProblem nameTaken(JsonNode fields, String path) {
        Map<String, String> named = new HashMap<>();
        for (Map.Entry<String, JsonNode> field : fields.properties()) {
            String name = field.getValue().path("name").asString("");
            String other = named.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), name);
            if (other != null) {
                return new InputProblem(path + "." + field.getKey() + ".name", "'" + name + "' is taken: this element has a field '"
                        + other + "' already (names are told apart whatever their case).");
            }
        }
        return null;
    }

    private static int most(String prop) {
        return JsonContract.get().at(JsonContract.Document.PROTOCOL, "/$defs/" + prop + "/maxProperties").asInt();
    }
}
