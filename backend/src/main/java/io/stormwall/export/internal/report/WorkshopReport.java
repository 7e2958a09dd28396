package io.stormwall.export.internal.report;

import static io.stormwall.export.internal.report.MarkdownText.inline;

import io.stormwall.board.Attendee;
import io.stormwall.board.Role;
import io.stormwall.coach.Checks;
import io.stormwall.coach.Finding;
import io.stormwall.format.SessionFormat;
import io.stormwall.notation.DataShape;
import io.stormwall.notation.Flow;
import io.stormwall.wall.BoardSummary;
import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import io.stormwall.wall.PhaseTransition;
import io.stormwall.wall.VotingRound;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The written workshop report in Markdown: what the wall says as the method's artifacts — event catalog, command
 * mapping, policies, chain diagram, context map, external systems, hotspots — plus the phase history, who took part and
 * the notation coach's review. Every sticky
 * text goes through {@link MarkdownText} or {@link MermaidText}; nothing from the wall is written raw.
 */
final class WorkshopReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final WallModel model;
    private final Optional<SessionFormat> format;
    private final Instant now;
    private final List<Attendee> attendees;
    private final Checks checks;
    private final StringBuilder out = new StringBuilder();

    private WorkshopReport(WallModel model, Optional<SessionFormat> format, Instant now, List<Attendee> attendees,
            Checks checks) {
        this.checks = checks;
        this.model = model;
        this.format = format;
        this.now = now;
        this.attendees = attendees;
    }

    static String of(WallModel model, Optional<SessionFormat> format, Instant now, List<Attendee> attendees, Checks checks) {
        return new WorkshopReport(model, format, now, attendees, checks).write();
    }

    private String write() {
        titleStrip();
        eventCatalog();
        commandMapping();
        policies();
        chainDiagram();
        contextMap();
        externalSystems();
        hotspots();
        phaseHistory();
        participants();
        notationReview();
        dotVoting();
        return out.toString();
    }

    private void titleStrip() {
        BoardSummary board = model.snapshot().board();
        String formatName = format.map(SessionFormat::name).orElse(board.format());
        String phaseCount = format.map(f -> " of " + f.phaseCount()).orElse("");
        line("# Workshop report: " + inline(board.title()));
        line("");
        line("| Board | Format | Phase | Exported |");
        line("|---|---|---|---|");
        line("| " + inline(board.title()) + " | " + inline(formatName) + " | " + board.phase().index() + phaseCount + ": "
                + inline(board.phase().name()) + " | " + WHEN.format(now) + " |");
        line("");
    }

    private void eventCatalog() {
        heading("1. Event catalog");
        if (model.all(ElementKind.EVENT).isEmpty()) {
            paragraph("No events on the wall yet.");
            return;
        }
        for (Element context : model.all(ElementKind.BOUNDARY)) {
            line("### Bounded context: " + name(context));
            line("");
            model.aggregatesIn(context).forEach(this::aggregateEvents);
            looseEvents(Optional.of(context));
        }
        List<Element> homeless = model.all(ElementKind.AGGREGATE).stream().filter(a -> model.contextOf(a).isEmpty()).toList();
        boolean looseOutside = model.all(ElementKind.EVENT).stream().anyMatch(e -> model.aggregateOf(e).isEmpty() && model.contextOf(e).isEmpty());
        if (!homeless.isEmpty() || looseOutside) {
            line("### Outside any bounded context");
            line("");
            homeless.forEach(this::aggregateEvents);
            looseEvents(Optional.empty());
        }
    }

    private void aggregateEvents(Element aggregate) {
        line("#### Aggregate: " + name(aggregate));
        line("");
        bullets(model.eventsOf(aggregate), "No events.");
    }

    private void looseEvents(Optional<Element> context) {
        List<Element> loose = model.all(ElementKind.EVENT).stream()
                .filter(e -> model.aggregateOf(e).isEmpty())
                .filter(e -> context.map(c -> WallModel.isIn(model.contextOf(e), c)).orElse(model.contextOf(e).isEmpty()))
                .toList();
        if (!loose.isEmpty()) {
            line("#### Outside any aggregate");
            line("");
            bullets(loose, "");
        }
    }

    private void commandMapping() {
        heading("2. Commands, aggregates and events");
        List<Element> commands = model.all(ElementKind.COMMAND);
        if (commands.isEmpty()) {
            paragraph("No commands on the wall yet.");
            return;
        }
        line("| Command | Issued by | Aggregate | Results in |");
        line("|---|---|---|---|");
        for (Element command : commands) {
            row(withFields(command), kindsNamed(model.issuersOf(command)), model.aggregateOf(command).map(WorkshopReport::name).orElse("—"),
                    names(model.resultsOf(command)));
        }
        line("");
        scenarios(commands);
    }

    /** Each scenario of a command or read model, as the team wrote it beside the sticky. */
    private void scenarios(List<Element> elements) {
        List<Element> described = elements.stream().filter(e -> !DataShape.scenarios(e).isEmpty()).toList();
        if (described.isEmpty()) {
            return;
        }
        line("#### Scenarios");
        line("");
        for (Element element : described) {
            for (DataShape.Scenario s : DataShape.scenarios(element)) {
                String outcome = element.kind() == ElementKind.COMMAND
                        ? "when " + name(element) + ", then " + (s.failure().isEmpty() ? listed(s.then(), "nothing happens") : "it fails: " + inline(s.failure()))
                        : name(element) + " shows " + listed(s.then(), "nothing");
                line("- " + (s.title().isEmpty() ? "" : "*" + inline(s.title()) + "*: ") + "given " + listed(s.given(), "nothing yet")
                        + ", " + outcome);
            }
        }
        line("");
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
        heading("3. Policies");
        List<Element> policies = model.all(ElementKind.POLICY);
        if (policies.isEmpty()) {
            paragraph("No policies on the wall yet.");
        } else {
            line("| Policy (condition) | Triggered by | Issues | Consults | Kind |");
            line("|---|---|---|---|---|");
            for (Element policy : policies) {
                boolean longRunning = policy.props() != null && policy.props().has("mode")
                        && "long-running".equals(policy.props().get("mode").asString());
                List<Element> consulted = model.all(ElementKind.READ_MODEL).stream()
                        .filter(r -> model.informedBy(r).stream().anyMatch(p -> p.id().equals(policy.id()))).toList();
                row(name(policy), names(model.triggersOf(policy)), names(model.commandsIssuedBy(policy)), names(consulted),
                        longRunning ? "**long-running**" : "reactive");
            }
            line("");
        }
        List<Element> readModels = model.all(ElementKind.READ_MODEL);
        if (!readModels.isEmpty()) {
            line("### Read models");
            line("");
            line("| Read model | Built from | Shown to |");
            line("|---|---|---|");
            readModels.forEach(r -> row(withFields(r), names(model.feeding(r)), names(model.informedBy(r))));
            line("");
            scenarios(readModels);
        }
    }

    private void chainDiagram() {
        heading("4. Chain diagram");
        line("```mermaid");
        out.append(ChainDiagram.of(model));
        line("```");
        line("");
    }

    private void contextMap() {
        heading("5. Bounded context map");
        List<Element> contexts = model.all(ElementKind.BOUNDARY);
        if (contexts.isEmpty()) {
            paragraph("No bounded contexts on the wall yet.");
            return;
        }
        line("| Bounded context | Aggregates |");
        line("|---|---|");
        contexts.forEach(c -> row(name(c), names(model.aggregatesIn(c))));
        line("");
        List<WallModel.Crossing> crossings = model.crossings();
        if (crossings.isEmpty()) {
            paragraph("Nothing crosses between bounded contexts.");
            return;
        }
        Map<List<String>, List<WallModel.Crossing>> byPair = crossings.stream().collect(Collectors.groupingBy(
                c -> List.of(c.from().id().toString(), c.to().id().toString()), LinkedHashMap::new, Collectors.toList()));
        line("| From | To | Commands | Events | What crosses |");
        line("|---|---|---|---|---|");
        byPair.values().stream()
                .sorted(Comparator.comparing((List<WallModel.Crossing> l) -> l.get(0).from(), Flow.TIMELINE)
                        .thenComparing(l -> l.get(0).to(), Flow.TIMELINE))
                .forEach(pair -> {
                    List<Element> items = pair.stream().map(WallModel.Crossing::item).toList();
                    long commands = items.stream().filter(i -> i.kind() == ElementKind.COMMAND).count();
                    row(name(pair.get(0).from()), name(pair.get(0).to()), String.valueOf(commands),
                            String.valueOf(items.size() - commands), kindsNamed(items));
                });
        line("");
        long commands = crossings.stream().filter(c -> c.item().kind() == ElementKind.COMMAND).count();
        paragraph("In all, " + commands + " command" + (commands == 1 ? "" : "s") + " and " + (crossings.size() - commands)
                + " event" + (crossings.size() - commands == 1 ? "" : "s") + " cross between bounded contexts.");
    }

    private void externalSystems() {
        heading("6. External systems");
        List<Element> systems = model.all(ElementKind.EXTERNAL_SYSTEM);
        if (systems.isEmpty()) {
            paragraph("No external systems on the wall.");
            return;
        }
        line("| External system | Ownership | Anti-corruption layer | Bounded context | Issues | Reports |");
        line("|---|---|---|---|---|---|");
        systems.forEach(s -> row(name(s), prop(s, "ownership"), acl(s), model.contextOf(s).map(WorkshopReport::name).orElse("—"),
                names(model.commandsIssuedBy(s)), names(model.eventsReportedBy(s))));
        line("");
    }

    /** Whether the system is reached through an anti-corruption layer; "—" when nobody has said. */
    private static String acl(Element system) {
        if (system.props() == null || !system.props().has("acl") || !system.props().get("acl").isBoolean()) {
            return "—";
        }
        return system.props().get("acl").booleanValue() ? "yes" : "no";
    }

    private void hotspots() {
        heading("7. Hotspots");
        List<Element> hotspots = model.all(ElementKind.HOTSPOT);
        if (hotspots.isEmpty()) {
            paragraph("No hotspots on the wall.");
            return;
        }
        line("| Hotspot | Status | Owner | Where |");
        line("|---|---|---|---|");
        hotspots.forEach(h -> row(name(h), prop(h, "status"), prop(h, "owner"), where(h)));
        line("");
        paragraph("The owner list, by owner and ready to become tickets: `export.owners.md` and `export.owners.csv` "
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

    private void phaseHistory() {
        heading("8. Phase history");
        line("| # | Phase | Entered | By | Planned | Actual |");
        line("|---|---|---|---|---|---|");
        for (PhaseTimeline.Stay stay : PhaseTimeline.of(model.snapshot(), format, now)) {
            row(String.valueOf(stay.index()), inline(stay.name()), WHEN.format(stay.entered()),
                    stay.enteredBy() == null ? "(board created)" : inline(stay.enteredBy()),
                    stay.plannedMinutes() > 0 ? stay.plannedMinutes() + " min" : "—",
                    PhaseTimeline.duration(stay.actual()) + (stay.current() ? " so far" : ""));
        }
        line("");
    }

    /**
     * Everyone who joined the live wall, with the roles they joined in, and anyone else whose name is on an element
     * or a phase change (an edit through the API joins nothing).
     */
    private void participants() {
        heading("9. Participants");
        Map<String, TreeSet<Role>> roles = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        attendees.forEach(a -> roles.computeIfAbsent(a.name(), n -> new TreeSet<>()).add(a.role()));
        Stream.concat(model.snapshot().elements().stream().map(Element::updatedBy),
                model.snapshot().phaseHistory().stream().map(PhaseTransition::by))
                .filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(n -> roles.computeIfAbsent(n, k -> new TreeSet<>()));
        if (roles.isEmpty()) {
            paragraph("Nobody has joined the board or written on the wall yet.");
            return;
        }
        roles.forEach((name, in) -> line("- " + inline(name)
                + (in.isEmpty() ? "" : " (" + in.stream().map(Role::id).collect(Collectors.joining(", ")) + ")")));
        line("");
    }

    /**
     * The coach's findings at the moment of the export, grouped by rule in the order of its table, each with the
     * stickies it names (as text, like every name here) and whether the facilitator accepted it.
     */
    private void notationReview() {
        heading("10. Notation review");
        if (!checks.enabled()) {
            paragraph("The notation coach is switched off for this board.");
            return;
        }
        if (checks.findings().isEmpty()) {
            paragraph("The notation coach has nothing to point out on the wall in this phase.");
            return;
        }
        Map<java.util.UUID, Element> byId = new java.util.HashMap<>();
        model.snapshot().elements().forEach(e -> byId.put(e.id(), e));
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        checks.findings().forEach(f -> byRule.computeIfAbsent(f.rule(), r -> new ArrayList<>()).add(f));
        long accepted = checks.findings().stream().filter(f -> f.accepted() != null).count();
        paragraph(counted(checks.findings().size(), "finding") + " of " + counted(byRule.size(), "rule")
                + (accepted > 0 ? ", " + accepted + " accepted by the facilitator" : "") + ".");
        byRule.forEach((rule, findings) -> {
            line("### " + inline(rule) + " (" + inline(findings.get(0).severity()) + ")");
            line("");
            paragraph(inline(findings.get(0).hint()));
            for (Finding f : findings.stream().sorted(FindingOrder.on(byId)).toList()) {
                String stickies = f.elements().stream()
                        .map(id -> Optional.ofNullable(byId.get(java.util.UUID.fromString(id)))
                                .map(e -> name(e) + " (" + e.kind().id() + ")").orElse("(removed)"))
                        .collect(Collectors.joining(", "));
                String acceptance = f.accepted() == null ? ""
                        : " — accepted by " + inline(f.accepted().by()) + ", " + WHEN.format(f.accepted().at());
                line("- " + stickies + ": " + inline(f.message()) + acceptance);
            }
            line("");
        });
    }

    /** Only a revealed round: until the facilitator shows the tally, nobody's votes are told, here neither. */
    private void dotVoting() {
        VotingRound round = model.snapshot().board().voting();
        if (round == null || !round.revealed() || round.tally() == null) {
            return;
        }
        heading("11. Dot voting");
        int people = round.used().size();
        int dots = round.used().stream().mapToInt(VotingRound.Used::dots).sum();
        paragraph(counted(dots, "vote") + " from " + counted(people, "person").replace("persons", "people") + ", "
                + round.votesPerPerson() + " each" + (VotingRound.CLOSED.equals(round.state()) ? "; the round is closed." : "."));
        Map<java.util.UUID, Element> byId = new java.util.HashMap<>();
        model.snapshot().elements().forEach(e -> byId.put(e.id(), e));
        line("| Rank | Sticky | Kind | Votes |");
        line("|---|---|---|---|");
        int rank = 0;
        int shown = 0;
        int previous = -1;
        for (VotingRound.Tally t : round.tally()) {
            Element e = byId.get(t.element());
            if (e == null) {
                continue;
            }
            shown++;
            rank = t.votes() == previous ? rank : shown;
            previous = t.votes();
            row(String.valueOf(rank), name(e), e.kind().id(), String.valueOf(t.votes()));
        }
        line("");
    }

    private static String counted(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String name(Element element) {
        return inline(WallModel.label(element));
    }

    private static String names(List<Element> elements) {
        return elements.isEmpty() ? "—" : elements.stream().map(WorkshopReport::name).collect(Collectors.joining(", "));
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
            paragraph(whenEmpty);
            return;
        }
        elements.forEach(e -> line("- " + withFields(e)));
        line("");
    }

    private void heading(String title) {
        line("## " + title);
        line("");
    }

    private void paragraph(String text) {
        line(text);
        line("");
    }

    private void row(String... cells) {
        line("| " + String.join(" | ", cells) + " |");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
