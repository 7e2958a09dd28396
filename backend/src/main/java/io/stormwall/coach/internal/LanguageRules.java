package io.stormwall.coach.internal;

import io.stormwall.coach.internal.NameGrammar.CommandReading;
import io.stormwall.coach.internal.NameGrammar.EventReading;
import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import java.util.List;
import java.util.regex.Pattern;

/** The rules on how a sticky is worded; names are read by {@link NameGrammar}. */
final class LanguageRules {

    /**
     * "When X, then Y", "when X, Y" (after a name: "Charge on cycle: when an invoice is raised, take the money") or
     * "whenever X, Y": the policy names what it reacts to and what follows.
     */
    private static final Pattern WHEN_THEN = Pattern.compile(
            "(?isu)(\\bwhenever\\b.*\\w|\\bwhen\\b.*\\w.*(\\bthen\\b|,|;|→|->).*\\w)");

    private LanguageRules() {}

    static List<Hit> eventsNotInThePast(WallView wall) {
        return events(wall, EventReading.NOT_PAST_TENSE);
    }

    static List<Hit> crudEvents(WallView wall) {
        return events(wall, EventReading.CRUD);
    }

    private static List<Hit> events(WallView wall, EventReading wrong) {
        return wall.all(ElementKind.EVENT).stream()
                .filter(e -> wall.grammar().readEvent(e.text()) == wrong)
                .map(Hit::of).toList();
    }

    static List<Hit> commandsNotImperative(WallView wall) {
        return wall.all(ElementKind.COMMAND).stream()
                .filter(c -> wall.grammar().readCommand(c.text()) == CommandReading.NOT_IMPERATIVE)
                .map(Hit::of).toList();
    }

    static List<Hit> policiesNotWhenThen(WallView wall) {
        return wall.all(ElementKind.POLICY).stream()
                .filter(p -> !blank(p) && !readsWhenThen(p.text()))
                .map(Hit::of).toList();
    }

    /** Kept per text, as the names' readings are: a large wall's policies are read again after every change. */
    private static final TextMemo WHEN_THEN_READ = new TextMemo(text -> WHEN_THEN.matcher(text).find());

    private static boolean readsWhenThen(String text) {
        return WHEN_THEN_READ.test(text);
    }

    static boolean blank(Element e) {
        return e.text() == null || e.text().isBlank();
    }
}
