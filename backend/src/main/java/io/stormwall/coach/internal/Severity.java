package io.stormwall.coach.internal;

import java.util.Locale;

/** How much a finding matters: an error breaks the notation, a warning the model, a hint is worth a question. */
enum Severity {
    ERROR, WARNING, HINT;

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
