package io.stormwall.export.internal.report;

import static io.stormwall.export.internal.report.MarkdownPage.name;
import static io.stormwall.export.internal.report.MarkdownPage.when;
import static io.stormwall.export.internal.report.MarkdownText.inline;

import io.stormwall.board.Attendee;
import io.stormwall.coach.Checks;
import io.stormwall.format.SessionFormat;
import io.stormwall.notation.DataShape;
import io.stormwall.notation.Flow;
import io.stormwall.wall.BoardSummary;
import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The written workshop report in Markdown: what the wall says as the method's artifacts — event catalog, command
 * mapping, policies, chain diagram, context map, external systems, hotspots — then the session's own record
 * ({@link SessionRecord}). Every sticky text goes through {@link MarkdownText} or {@link MermaidText}; nothing from the
 * wall is written raw.
 */
final class WorkshopReport {

    private final WallModel model;
    private final Optional<SessionFormat> format;
    private final Instant now;
    private final MarkdownPage page;

    private WorkshopReport(WallModel model, Optional<SessionFormat> format, Instant now, MarkdownPage page) {
        this.model = model;
        this.format = format;
        this.now = now;
        this.page = page;
    }

    static String of(WallModel model, Optional<SessionFormat> format, Instant now, List<Attendee> attendees, Checks checks) {
        MarkdownPage page = new MarkdownPage();
        new WorkshopReport(model, format, now, page).write();
        new SessionRecord(model, format, now, attendees, checks, page).write();
        return page.toString();
    }

    private void write() {
        titleStrip();
        eventCatalog();
        commandMapping();
        policies();
        chainDiagram();
        contextMap();
        externalSystems();
        hotspots();
    }

    private void titleStrip() {
        BoardSummary board = model.snapshot().board();
        String formatName = format.map(SessionFormat::name).orElse(board.format());
        String phaseCount = format.map(f -> " of " + f.phaseCount()).orElse("");
        page.line("# Workshop report: " + inline(board.title()));
        page.line("");
        page.line("| Board | Format | Phase | Exported |");
        page.line("|---|---|---|---|");
        page.line("| " + inline(board.title()) + " | " + inline(formatName) + " | " + board.phase().index() + phaseCount + ": "
                + inline(board.phase().name()) + " | " + when(now) + " |");
        page.line("");
    }

    private void eventCatalog() {
        page.heading("1. Event catalog");
        if (model.all(ElementKind.EVENT).isEmpty()) {
            page.paragraph("No events on the wall yet.");
            return;
        }
        for (Element context : model.all(ElementKind.BOUNDARY)) {
            page.line("### Bounded context: " + name(context));
            page.line("");
            model.aggregatesIn(context).forEach(this::aggregateEvents);
            looseEvents(Optional.of(context));
        }
        List<Element> homeless = model.all(ElementKind.AGGREGATE).stream().filter(a -> model.contextOf(a).isEmpty()).toList();
        boolean looseOutside = model.all(ElementKind.EVENT).stream().anyMatch(e -> model.aggregateOf(e).isEmpty() && model.contextOf(e).isEmpty());
        if (!homeless.isEmpty() || looseOutside) {
            page.line("### Outside any bounded context");
            page.line("");
            homeless.forEach(this::aggregateEvents);
            looseEvents(Optional.empty());
        }
    }

    private void aggregateEvents(Element aggregate) {
        page.line("#### Aggregate: " + name(aggregate));
        page.line("");
        bullets(model.eventsOf(aggregate), "No events.");
    }

    private void looseEvents(Optional<Element> context) {
        List<Element> loose = model.all(ElementKind.EVENT).stream()
                .filter(e -> model.aggregateOf(e).isEmpty())
                .filter(e -> context.map(c -> WallModel.isIn(model.contextOf(e), c)).orElse(model.contextOf(e).isEmpty()))
                .toList();
        if (!loose.isEmpty()) {
            page.line("#### Outside any aggregate");
            page.line("");
            bullets(loose, "");
        }
    }

    private void commandMapping() {
        page.heading("2. Commands, aggregates and events");
        List<Element> commands = model.all(ElementKind.COMMAND);
        if (commands.isEmpty()) {
            page.paragraph("No commands on the wall yet.");
            return;
        }
        page.line("| Command | Issued by | Aggregate | Results in |");
        page.line("|---|---|---|---|");
        for (Element command : commands) {
            page.row(withFields(command), kindsNamed(model.issuersOf(command)), model.aggregateOf(command).map(MarkdownPage::name).orElse("—"),
                    names(model.resultsOf(command)));
        }
        page.line("");
        scenarios(commands);
    }

    /** Each scenario of a command or read model, as the team wrote it beside the sticky. */
    private void scenarios(List<Element> elements) {
        List<Element> described = elements.stream().filter(e -> !DataShape.scenarios(e).isEmpty()).toList();
        if (described.isEmpty()) {
            return;
        }
        page.line("#### Scenarios");
        page.line("");
        for (Element element : described) {
            for (DataShape.Scenario s : DataShape.scenarios(element)) {
                String outcome = element.kind() == ElementKind.COMMAND
                        ? "when " + name(element) + ", then " + (s.failure().isEmpty() ? listed(s.then(), "nothing happens") : "it fails: " + inline(s.failure()))
                        : name(element) + " shows " + listed(s.then(), "nothing");
                page.line("- " + (s.title().isEmpty() ? "" : "*" + inline(s.title()) + "*: ") + "given " + listed(s.given(), "nothing yet")
                        + ", " + outcome);
            }
        }
        page.line("");
    }

    private static String listed(List<String> texts, String whenEmpty) {
        return texts.isEmpty() ? whenEmpty : texts.stream().map(MarkdownText::inline).collect(Collectors.joining(", "));
    }

    /** "Subscription Created (subscriptionId: id, planId: id)": a sticky with the data it carries. */
    private static String withFields(Element element) {
        List<DataShape.Field> fields = DataShape.fields(element);
        return fields.isEmpty() ? name(element) : name(element) + " (" + fields.stream()
                .map(f -> inline(f.name()) + ": " + inline(f.type())).collect(Collectors.joining(", ")) + ")";
    }

    private void policies() {
        page.heading("3. Policies");
        List<Element> policies = model.all(ElementKind.POLICY);
        if (policies.isEmpty()) {
            page.paragraph("No policies on the wall yet.");
        } else {
            page.line("| Policy (condition) | Triggered by | Issues | Consults | Kind |");
            page.line("|---|---|---|---|---|");
            for (Element policy : policies) {
                boolean longRunning = policy.props() != null && policy.props().has("mode")
                        && "long-running".equals(policy.props().get("mode").asString());
                List<Element> consulted = model.all(ElementKind.READ_MODEL).stream()
                        .filter(r -> model.informedBy(r).stream().anyMatch(p -> p.id().equals(policy.id()))).toList();
                page.row(name(policy), names(model.triggersOf(policy)), names(model.commandsIssuedBy(policy)), names(consulted),
                        longRunning ? "**long-running**" : "reactive");
            }
            page.line("");
        }
        List<Element> readModels = model.all(ElementKind.READ_MODEL);
        if (!readModels.isEmpty()) {
            page.line("### Read models");
            page.line("");
            page.line("| Read model | Built from | Shown to |");
            page.line("|---|---|---|");
            readModels.forEach(r -> page.row(withFields(r), names(model.feeding(r)), names(model.informedBy(r))));
            page.line("");
            scenarios(readModels);
        }
    }

    private void chainDiagram() {
        page.heading("4. Chain diagram");
        page.line("```mermaid");
        page.append(ChainDiagram.of(model));
        page.line("```");
        page.line("");
    }

    private void contextMap() {
        page.heading("5. Bounded context map");
        List<Element> contexts = model.all(ElementKind.BOUNDARY);
        if (contexts.isEmpty()) {
            page.paragraph("No bounded contexts on the wall yet.");
            return;
        }
        page.line("| Bounded context | Aggregates |");
        page.line("|---|---|");
        contexts.forEach(c -> page.row(name(c), names(model.aggregatesIn(c))));
        page.line("");
        List<WallModel.Crossing> crossings = model.crossings();
        if (crossings.isEmpty()) {
            page.paragraph("Nothing crosses between bounded contexts.");
            return;
        }
        Map<List<String>, List<WallModel.Crossing>> byPair = crossings.stream().collect(Collectors.groupingBy(
                c -> List.of(c.from().id().toString(), c.to().id().toString()), LinkedHashMap::new, Collectors.toList()));
        page.line("| From | To | Commands | Events | What crosses |");
        page.line("|---|---|---|---|---|");
        byPair.values().stream()
                .sorted(Comparator.comparing((List<WallModel.Crossing> l) -> l.get(0).from(), Flow.TIMELINE)
                        .thenComparing(l -> l.get(0).to(), Flow.TIMELINE))
                .forEach(pair -> {
                    List<Element> items = pair.stream().map(WallModel.Crossing::item).toList();
                    long commands = items.stream().filter(i -> i.kind() == ElementKind.COMMAND).count();
                    page.row(name(pair.get(0).from()), name(pair.get(0).to()), String.valueOf(commands),
                            String.valueOf(items.size() - commands), kindsNamed(items));
                });
        page.line("");
        long commands = crossings.stream().filter(c -> c.item().kind() == ElementKind.COMMAND).count();
        page.paragraph("In all, " + commands + " command" + (commands == 1 ? "" : "s") + " and " + (crossings.size() - commands)
                + " event" + (crossings.size() - commands == 1 ? "" : "s") + " cross between bounded contexts.");
    }

    private void externalSystems() {
        page.heading("6. External systems");
        List<Element> systems = model.all(ElementKind.EXTERNAL_SYSTEM);
        if (systems.isEmpty()) {
            page.paragraph("No external systems on the wall.");
            return;
        }
        page.line("| External system | Ownership | Anti-corruption layer | Bounded context | Issues | Reports |");
        page.line("|---|---|---|---|---|---|");
        systems.forEach(s -> page.row(name(s), prop(s, "ownership"), acl(s), model.contextOf(s).map(MarkdownPage::name).orElse("—"),
                names(model.commandsIssuedBy(s)), names(model.eventsReportedBy(s))));
        page.line("");
    }

    /** Whether the system is reached through an anti-corruption layer; "—" when nobody has said. */
    private static String acl(Element system) {
        if (system.props() == null || !system.props().has("acl") || !system.props().get("acl").isBoolean()) {
            return "—";
        }
        return system.props().get("acl").booleanValue() ? "yes" : "no";
    }

    private void hotspots() {
        page.heading("7. Hotspots");
        List<Element> hotspots = model.all(ElementKind.HOTSPOT);
        if (hotspots.isEmpty()) {
            page.paragraph("No hotspots on the wall.");
            return;
        }
        page.line("| Hotspot | Status | Owner | Where |");
        page.line("|---|---|---|---|");
        hotspots.forEach(h -> page.row(name(h), prop(h, "status"), prop(h, "owner"), where(h)));
        page.line("");
        page.paragraph("The owner list, by owner and ready to become tickets: `export.owners.md` and `export.owners.csv` "
                + "(GET /api/boards/" + model.snapshot().board().id() + "/export.owners.md, .csv).");
    }

    private String where(Element hotspot) {
        Optional<Element> context = model.contextOf(hotspot);
        Optional<Element> aggregate = model.aggregateOf(hotspot);
        List<String> parts = new ArrayList<>();
        context.ifPresent(c -> parts.add("bounded context " + name(c)));
        aggregate.ifPresent(a -> parts.add("aggregate " + name(a)));
        if (!parts.isEmpty()) {
            return String.join(", ", parts);
        }
        return model.nearestEvent(hotspot).map(e -> "near event " + name(e)).orElse("on the wall");
    }



    private static String names(List<Element> elements) {
        return elements.isEmpty() ? "—" : elements.stream().map(MarkdownPage::name).collect(Collectors.joining(", "));
    }

    /** "Customer (actor), Charge on Cycle (policy)". */
    private static String kindsNamed(List<Element> elements) {
        return elements.isEmpty() ? "—"
                : elements.stream().map(e -> name(e) + " (" + e.kind().id() + ")").collect(Collectors.joining(", "));
    }

    private static String prop(Element element, String key) {
        if (element.props() == null || !element.props().has(key) || element.props().get(key).isNull()) {
            return "—";
        }
        return inline(element.props().get(key).asString());
    }

    private void bullets(List<Element> elements, String whenEmpty) {
        if (elements.isEmpty()) {
            page.paragraph(whenEmpty);
            return;
        }
        elements.forEach(e -> page.line("- " + withFields(e)));
        page.line("");
    }
}
