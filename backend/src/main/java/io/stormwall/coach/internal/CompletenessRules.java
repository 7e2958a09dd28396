package io.stormwall.coach.internal;

import io.stormwall.notation.DataShape;
import io.stormwall.notation.Flow.Link;
import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Event Modeling's completeness check: every piece of information has an origin and a destination. A read model's
 * fields come from the events that feed it; a command a policy issues takes its data from the events that trigger the
 * policy (a person or an outside system issuing a command brings its input with them); an event's fields go to a read
 * model it feeds or a command a policy issues on it. Fields are matched by name, whatever the case.
 */
final class CompletenessRules {

    private CompletenessRules() {}

    static List<Hit> commandsWithoutEvent(WallView wall) {
        return wall.all(ElementKind.COMMAND).stream()
                .filter(c -> wall.flow().effects(c, Link.RESULTS_IN).isEmpty())
                .map(Hit::of).toList();
    }

    static List<Hit> readModelsWithoutSource(WallView wall) {
        return wall.all(ElementKind.READ_MODEL).stream()
                .filter(r -> wall.flow().causes(r, Link.FEEDS).isEmpty())
                .map(Hit::of).toList();
    }

    static List<Hit> fieldsWithoutOrigin(WallView wall) {
        List<Hit> hits = new ArrayList<>();
        for (Element readModel : wall.all(ElementKind.READ_MODEL)) {
            missing(readModel, () -> names(wall.flow().causes(readModel, Link.FEEDS).stream())).ifPresent(hits::add);
        }
        for (Element command : wall.all(ElementKind.COMMAND)) {
            missing(command, () -> {
                List<Element> issuers = wall.flow().causes(command, Link.ISSUES);
                boolean input = issuers.stream().anyMatch(i -> i.kind() != ElementKind.POLICY);
                // a person or an outside system issuing it brings its input: every field has an origin
                return input ? null : names(issuers.stream().flatMap(policy -> wall.flow().causes(policy, Link.TRIGGERS).stream()));
            }).ifPresent(hits::add);
        }
        return hits;
    }

    static List<Hit> fieldsWithoutDestination(WallView wall) {
        List<Hit> hits = new ArrayList<>();
        for (Element event : wall.all(ElementKind.EVENT)) {
            missing(event, () -> {
                Stream<Element> readModels = wall.flow().effects(event, Link.FEEDS).stream();
                Stream<Element> commands = wall.flow().effects(event, Link.TRIGGERS).stream()
                        .flatMap(policy -> wall.flow().effects(policy, Link.ISSUES).stream());
                return names(Stream.concat(readModels, commands));
            }).ifPresent(hits::add);
        }
        return hits;
    }

    /**
     * The element with the names of its fields that {@code known} lacks (null: none lacks), quoted for the message;
     * empty if none. Most stickies carry no fields, so what the arrows bring is only looked up for those that do.
     */
    private static java.util.Optional<Hit> missing(Element element, Supplier<Set<String>> knownNames) {
        List<DataShape.Field> fields = DataShape.fields(element);
        Set<String> known = fields.isEmpty() ? null : knownNames.get();
        if (known == null) {
            return java.util.Optional.empty();
        }
        List<String> lacking = fields.stream().map(DataShape.Field::name)
                .filter(name -> !known.contains(name.toLowerCase(Locale.ROOT))).toList();
        if (lacking.isEmpty()) {
            return java.util.Optional.empty();
        }
        String quoted = String.join(", ", lacking.stream().map(n -> "'" + n + "'").toList());
        return java.util.Optional.of(new Hit(List.of(element), lacking.size() == 1 ? "Field " + quoted : "Fields " + quoted));
    }

    private static Set<String> names(Stream<Element> elements) {
        Set<String> names = new LinkedHashSet<>();
        elements.forEach(e -> DataShape.fields(e).forEach(f -> names.add(f.name().toLowerCase(Locale.ROOT))));
        return names;
    }
}
