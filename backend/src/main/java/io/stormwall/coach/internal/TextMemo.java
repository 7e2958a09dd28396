package io.stormwall.coach.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A question about a sticky's text, answered once per text: a large wall is read again after every change, and
 * its texts repeat. Past {@link #KEPT} texts it starts again rather than grow without end.
 */
final class TextMemo {

    static final int KEPT = 50_000;

    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();
    private final Predicate<String> question;

    TextMemo(Predicate<String> question) {
        this.question = question;
    }

    boolean test(String text) {
        Boolean known = answers.get(text);
        if (known == null) {
            if (answers.size() >= KEPT) {
                answers.clear();
            }
            known = question.test(text);
            answers.put(text, known);
        }
        return known;
    }
}
