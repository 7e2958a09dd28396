package io.stormwall.coach.internal.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a sticky's name, ready for the tagger: lower case (the models were trained on running text, where a
 * capital marks a proper noun, so "Refund Paid" in Title Case reads as two names), identifiers split into words, and
 * alternatives written on one sticky ("Subscription Paused / Resumed", "Raise / Resolve Ticket") split into parts.
 */
record NameWords(List<List<String>> parts) {

    private static final Pattern ALTERNATIVES = Pattern.compile("\\s*[/&]\\s*");
    private static final Pattern ASIDE = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}'-]+");

    NameWords {
        parts = parts.stream().map(List::copyOf).toList();
    }

    static NameWords of(String name) {
        String text = ASIDE.matcher(name == null ? "" : name).replaceAll(" ");
        List<List<String>> parts = new ArrayList<>();
        for (String part : ALTERNATIVES.split(text.strip())) {
            List<String> words = words(part);
            if (!words.isEmpty()) {
                parts.add(words);
            }
        }
        return new NameWords(parts);
    }

    private static List<String> words(String part) {
        String spaced = CAMEL.matcher(part.replace('_', ' ')).replaceAll(" ");
        return Arrays.stream(NOT_A_WORD.split(spaced))
                .map(word -> word.replaceAll("^[-']+|[-']+$", "").toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }
}
