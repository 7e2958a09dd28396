package io.stormwall.export.internal.report;

import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The wall in Context Mapper's language (CML): each bounded context with its aggregates, their commands and domain
 * events, and a context map whose relationships come from what crosses between contexts. A sticky's own words stay
 * with it as the CML doc string; ids are derived by {@link CmlNames}.
 */
final class ContextMapperModel {

    static final String OUTSIDE = "OutsideAnyContext";

    private final WallModel model;
    private final CmlNames contextNames = new CmlNames();
    private final CmlNames aggregateNames = new CmlNames();
    private final CmlNames objectNames = new CmlNames();
    private final Map<UUID, String> ids = new HashMap<>();
    private final StringBuilder out = new StringBuilder();

    private ContextMapperModel(WallModel model) {
        this.model = model;
    }

    static String of(WallModel model) {
        return new ContextMapperModel(model).write();
    }

    private String write() {
        List<Element> contexts = model.all(ElementKind.BOUNDARY);
        contexts.forEach(c -> ids.put(c.id(), contextNames.unique(WallModel.label(c), "Context")));
        model.all(ElementKind.AGGREGATE).forEach(a -> ids.put(a.id(), aggregateNames.unique(WallModel.label(a), "Aggregate")));
        model.all(ElementKind.COMMAND).forEach(c -> ids.put(c.id(), objectNames.unique(WallModel.label(c), "Command")));
        model.all(ElementKind.EVENT).forEach(e -> ids.put(e.id(), objectNames.unique(WallModel.label(e), "Event")));

        line("// Context Mapper model of the Stormwall board " + CmlNames.comment(model.snapshot().board().title()));
        line("");
        if (!contexts.isEmpty()) {
            contextMap(contexts);
        }
        contexts.forEach(c -> boundedContext(Optional.of(c)));
        boolean outside = model.all(ElementKind.AGGREGATE).stream().anyMatch(a -> model.contextOf(a).isEmpty())
                || loose(ElementKind.COMMAND, Optional.empty()).size() + loose(ElementKind.EVENT, Optional.empty()).size() > 0;
        if (outside) {
            boundedContext(Optional.empty());
        }
        return out.toString();
    }

    private void contextMap(List<Element> contexts) {
        line("ContextMap " + contextNames.unique(model.snapshot().board().title() + " Map", "WallMap") + " {");
        line("  contains " + String.join(", ", contexts.stream().map(c -> ids.get(c.id())).toList()));
        Map<List<UUID>, int[]> counts = new LinkedHashMap<>();
        for (WallModel.Crossing crossing : model.crossings()) {
            // Upstream is who publishes the event or receives the command; downstream depends on it.
            boolean command = crossing.item().kind() == ElementKind.COMMAND;
            Element upstream = command ? crossing.to() : crossing.from();
            Element downstream = command ? crossing.from() : crossing.to();
            counts.computeIfAbsent(List.of(upstream.id(), downstream.id()), k -> new int[2])[command ? 0 : 1]++;
        }
        List<List<UUID>> written = new ArrayList<>();
        counts.forEach((pair, count) -> {
            List<UUID> reverse = List.of(pair.get(1), pair.get(0));
            if (written.contains(reverse)) {
                return;
            }
            written.add(pair);
            String up = ids.get(pair.get(0));
            String down = ids.get(pair.get(1));
            int[] back = counts.get(reverse);
            if (back != null) {
                line("  " + up + " [P]<->[P] " + down + " // " + summary(count[0] + back[0], count[1] + back[1]) + " both ways");
            } else {
                line("  " + up + " [U]->[D] " + down + " // " + summary(count[0], count[1]));
            }
        });
        line("}");
        line("");
    }

    private static String summary(int commands, int events) {
        return commands + " command" + (commands == 1 ? "" : "s") + " and " + events + " event" + (events == 1 ? "" : "s") + " crossing";
    }

    private void boundedContext(Optional<Element> context) {
        String name = context.map(c -> ids.get(c.id())).orElseGet(() -> contextNames.unique(OUTSIDE, OUTSIDE));
        line(context.map(c -> "// Bounded context on the wall: " + CmlNames.comment(WallModel.label(c)))
                .orElse("// Everything on the wall outside any bounded context"));
        line("BoundedContext " + name + " {");
        policies(context);
        List<Element> commands = loose(ElementKind.COMMAND, context);
        List<Element> events = loose(ElementKind.EVENT, context);
        if (!commands.isEmpty() || !events.isEmpty()) {
            line("  Application {");
            commands.forEach(c -> domainObject("    ", "Command", c));
            events.forEach(e -> domainObject("    ", "DomainEvent", e));
            line("  }");
        }
        List<Element> aggregates = context.map(model::aggregatesIn)
                .orElseGet(() -> model.all(ElementKind.AGGREGATE).stream().filter(a -> model.contextOf(a).isEmpty()).toList());
        for (Element aggregate : aggregates) {
            line("  " + CmlNames.string(WallModel.label(aggregate)));
            line("  Aggregate " + ids.get(aggregate.id()) + " {");
            model.commandsOf(aggregate).forEach(c -> domainObject("    ", "Command", c));
            model.eventsOf(aggregate).forEach(e -> domainObject("    ", "DomainEvent", e));
            line("  }");
        }
        line("}");
        line("");
    }

    /**
     * CML's flows may only use one context's own commands and events, while a policy often reacts to another
     * context's event; so policies are kept as comments naming the ids they link.
     */
    private void policies(Optional<Element> context) {
        for (Element policy : model.all(ElementKind.POLICY)) {
            if (context.map(c -> WallModel.isIn(model.contextOf(policy), c)).orElse(model.contextOf(policy).isEmpty())) {
                line("  // Policy " + CmlNames.comment(WallModel.label(policy)) + ": when " + idList(model.triggersOf(policy))
                        + " then " + idList(model.commandsIssuedBy(policy)));
            }
        }
    }

    private String idList(List<Element> elements) {
        return elements.isEmpty() ? "(nothing linked)" : String.join(", ", elements.stream().map(e -> ids.get(e.id())).toList());
    }

    /** Commands or events in {@code context} (or in none) that belong to no aggregate. */
    private List<Element> loose(ElementKind kind, Optional<Element> context) {
        return model.all(kind).stream()
                .filter(e -> model.aggregateOf(e).isEmpty())
                .filter(e -> context.map(c -> WallModel.isIn(model.contextOf(e), c)).orElse(model.contextOf(e).isEmpty()))
                .toList();
    }

    private void domainObject(String indent, String keyword, Element element) {
        line(indent + CmlNames.string(WallModel.label(element)));
        line(indent + keyword + " " + ids.get(element.id()));
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
