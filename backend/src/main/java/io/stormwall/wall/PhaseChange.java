package io.stormwall.wall;

import io.stormwall.format.SessionFormat;
import io.stormwall.web.ApiException;
import tools.jackson.databind.JsonNode;

/** Where the facilitator wants the board's phase to go: one step either way, or straight to a phase number. */
public sealed interface PhaseChange {

    /** The phase number this change leads to from {@code current}, or the refusal naming the field at fault. */
    int target(SessionFormat format, int current);

    record Next() implements PhaseChange {
        @Override
        public int target(SessionFormat format, int current) {
            if (current >= format.phaseCount()) {
                throw ApiException.invalid("action", "The board is already in the last phase (" + format.phaseCount() + ").");
            }
            return current + 1;
        }
    }

    record Previous() implements PhaseChange {
        @Override
        public int target(SessionFormat format, int current) {
            if (current <= 1) {
                throw ApiException.invalid("action", "The board is already in the first phase.");
            }
            return current - 1;
        }
    }

    record To(int index) implements PhaseChange {
        @Override
        public int target(SessionFormat format, int current) {
            if (index < 1 || index > format.phaseCount()) {
                throw ApiException.invalid("index", "'index' must be a phase number from 1 to " + format.phaseCount() + ".");
            }
            return index;
        }
    }

    /** Reads {@code {"action":"next"|"previous"}} or {@code {"index":n}}; other members are the caller's to check. */
    static PhaseChange parse(JsonNode body) {
        JsonNode action = body.get("action");
        JsonNode index = body.get("index");
        if ((action == null) == (index == null)) {
            throw ApiException.invalid("action", "Send either \"action\" (\"next\" or \"previous\") or \"index\" (a phase number).");
        }
        if (index != null) {
            if (!index.isIntegralNumber() || !index.canConvertToInt()) {
                throw ApiException.invalid("index", "'index' must be a whole phase number.");
            }
            return new To(index.intValue());
        }
        String a = action.isString() ? action.stringValue() : "";
        return switch (a) {
            case "next" -> new Next();
            case "previous" -> new Previous();
            default -> throw ApiException.invalid("action", "'action' must be \"next\" or \"previous\".");
        };
    }
}
