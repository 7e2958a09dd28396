package io.stormwall.coach.internal;

import io.stormwall.wall.ElementKind;
import java.util.List;

/** The method's two grammar rules: between two events, or two commands, there is always something else. */
final class GrammarRules {

    private GrammarRules() {}

    static List<Hit> eventsCausingEvents(WallView wall) {
        return between(wall, ElementKind.EVENT);
    }

    static List<Hit> commandsCausingCommands(WallView wall) {
        return between(wall, ElementKind.COMMAND);
    }

    private static List<Hit> between(WallView wall, ElementKind kind) {
        return wall.links().stream()
                .filter(l -> l.from().kind() == kind && l.to().kind() == kind)
                .map(l -> Hit.of(l.from(), l.to()))
                .toList();
    }
}
