package io.stormwall.export.internal.report;

import static io.stormwall.export.internal.report.MarkdownPage.counted;
import static io.stormwall.export.internal.report.MarkdownPage.name;
import static io.stormwall.export.internal.report.MarkdownPage.when;
import static io.stormwall.export.internal.report.MarkdownText.inline;

import io.stormwall.board.Attendee;
import io.stormwall.board.Role;
import io.stormwall.coach.Checks;
import io.stormwall.coach.Finding;
import io.stormwall.format.SessionFormat;
import io.stormwall.wall.Element;
import io.stormwall.wall.PhaseTransition;
import io.stormwall.wall.VotingRound;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The report's record of the session itself, after what the wall says: how long each phase took, who took part, what
 * the notation coach found and how the dot vote came out.
 */
final class SessionRecord {

    private final WallModel model;
    private final Optional<SessionFormat> format;
    private final Instant now;
    private final List<Attendee> attendees;
    private final Checks checks;
    private final MarkdownPage page;
    private final Map<UUID, Element> byId = new HashMap<>();

    SessionRecord(WallModel model, Optional<SessionFormat> format, Instant now, List<Attendee> attendees, Checks checks,
            MarkdownPage page) {
        this.model = model;
        this.format = format;
        this.now = now;
        this.attendees = attendees;
        this.checks = checks;
        this.page = page;
        model.snapshot().elements().forEach(e -> byId.put(e.id(), e));
    }

    void write() {
        phaseHistory();
        participants();
        notationReview();
        dotVoting();
    }

    private void phaseHistory() {
        page.heading("8. Phase history");
        page.line("| # | Phase | Entered | By | Planned | Actual |");
        page.line("|---|---|---|---|---|---|");
        for (PhaseTimeline.Stay stay : PhaseTimeline.of(model.snapshot(), format, now)) {
            page.row(String.valueOf(stay.index()), inline(stay.name()), when(stay.entered()),
                    stay.enteredBy() == null ? "(board created)" : inline(stay.enteredBy()),
                    stay.plannedMinutes() > 0 ? stay.plannedMinutes() + " min" : "—",
                    PhaseTimeline.duration(stay.actual()) + (stay.current() ? " so far" : ""));
        }
        page.line("");
    }

    /**
     * Everyone who joined the live wall, with the roles they joined in, and anyone else whose name is on an element
     * or a phase change (an edit through the API joins nothing).
     */
    private void participants() {
        page.heading("9. Participants");
        Map<String, TreeSet<Role>> roles = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        attendees.forEach(a -> roles.computeIfAbsent(a.name(), n -> new TreeSet<>()).add(a.role()));
        Stream.concat(model.snapshot().elements().stream().map(Element::updatedBy),
                model.snapshot().phaseHistory().stream().map(PhaseTransition::by))
                .filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(n -> roles.computeIfAbsent(n, k -> new TreeSet<>()));
        if (roles.isEmpty()) {
            page.paragraph("Nobody has joined the board or written on the wall yet.");
            return;
        }
        roles.forEach((name, in) -> page.line("- " + inline(name)
                + (in.isEmpty() ? "" : " (" + in.stream().map(Role::id).collect(Collectors.joining(", ")) + ")")));
        page.line("");
    }

    /**
     * The coach's findings at the moment of the export, grouped by rule in the order of its table, each with the
     * stickies it names (as text, like every name here) and whether the facilitator accepted it.
     */
    private void notationReview() {
        page.heading("10. Notation review");
        if (!checks.enabled()) {
            page.paragraph("The notation coach is switched off for this board.");
            return;
        }
        if (checks.findings().isEmpty()) {
            page.paragraph("The notation coach has nothing to point out on the wall in this phase.");
            return;
        }
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        checks.findings().forEach(f -> byRule.computeIfAbsent(f.rule(), r -> new ArrayList<>()).add(f));
        long accepted = checks.findings().stream().filter(f -> f.accepted() != null).count();
        page.paragraph(counted(checks.findings().size(), "finding") + " of " + counted(byRule.size(), "rule")
                + (accepted > 0 ? ", " + accepted + " accepted by the facilitator" : "") + ".");
        byRule.forEach((rule, findings) -> {
            page.line("### " + inline(rule) + " (" + inline(findings.get(0).severity()) + ")");
            page.line("");
            page.paragraph(inline(findings.get(0).hint()));
            for (Finding f : findings.stream().sorted(FindingOrder.on(byId)).toList()) {
                String stickies = f.elements().stream()
                        .map(id -> Optional.ofNullable(byId.get(UUID.fromString(id)))
                                .map(e -> name(e) + " (" + e.kind().id() + ")").orElse("(removed)"))
                        .collect(Collectors.joining(", "));
                String acceptance = f.accepted() == null ? ""
                        : " — accepted by " + inline(f.accepted().by()) + ", " + when(f.accepted().at());
                page.line("- " + stickies + ": " + inline(f.message()) + acceptance);
            }
            page.line("");
        });
    }

    /** Only a revealed round: until the facilitator shows the tally, nobody's votes are told, here neither. */
    private void dotVoting() {
        VotingRound round = model.snapshot().board().voting();
        if (round == null || !round.revealed() || round.tally() == null) {
            return;
        }
        page.heading("11. Dot voting");
        int people = round.used().size();
        int dots = round.used().stream().mapToInt(VotingRound.Used::dots).sum();
        page.paragraph(counted(dots, "vote") + " from " + counted(people, "person").replace("persons", "people") + ", "
                + round.votesPerPerson() + " each" + (VotingRound.CLOSED.equals(round.state()) ? "; the round is closed." : "."));
        page.line("| Rank | Sticky | Kind | Votes |");
        page.line("|---|---|---|---|");
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
            page.row(String.valueOf(rank), name(e), e.kind().id(), String.valueOf(t.votes()));
        }
        page.line("");
    }
}
