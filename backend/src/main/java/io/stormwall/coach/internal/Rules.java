package io.stormwall.coach.internal;

import static io.stormwall.coach.internal.Rule.Timing.AT_WRAP_UP;
import static io.stormwall.coach.internal.Rule.Timing.WHEN_UNLOCKED;
import static io.stormwall.coach.internal.Severity.ERROR;
import static io.stormwall.coach.internal.Severity.HINT;
import static io.stormwall.coach.internal.Severity.WARNING;
import static io.stormwall.wall.ElementKind.AGGREGATE;
import static io.stormwall.wall.ElementKind.ARROW;
import static io.stormwall.wall.ElementKind.BOUNDARY;
import static io.stormwall.wall.ElementKind.COMMAND;
import static io.stormwall.wall.ElementKind.EVENT;
import static io.stormwall.wall.ElementKind.EXTERNAL_SYSTEM;
import static io.stormwall.wall.ElementKind.HOTSPOT;
import static io.stormwall.wall.ElementKind.POLICY;
import static io.stormwall.wall.ElementKind.READ_MODEL;

import io.stormwall.coach.Finding;
import io.stormwall.wall.Element;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The coach's one table of rules: adding a rule is adding a row. The order of the rows is the order of findings. */
final class Rules {

    static final List<Rule> ALL = List.of(
            new Rule("event-not-past-tense", ERROR, Set.of(EVENT), WHEN_UNLOCKED, "seed 001, common mistakes; seed 003, grammar",
                    "An event records a fact that has happened, but this name does not read in the past tense.",
                    "Name what happened, in the past tense: \"Invoice Sent\", not \"Invoice Sends\" or \"Send Invoice\".",
                    LanguageRules::eventsNotInThePast),
            new Rule("command-not-imperative", WARNING, Set.of(COMMAND), WHEN_UNLOCKED, "seed 003, grammar",
                    "A command is an intention, but this name reads as a fact or a noun.",
                    "Start with the verb, as an order: \"Cancel Subscription\", not \"Subscription Cancelled\" or \"Cancellation\".",
                    LanguageRules::commandsNotImperative),
            new Rule("crud-event", WARNING, Set.of(EVENT), WHEN_UNLOCKED, "seed 001, common mistakes",
                    "This event only says that data changed, not what happened in the business.",
                    "Name the business meaning of the change: \"Shipping Address Corrected\", not \"Customer Updated\".",
                    LanguageRules::crudEvents),
            new Rule("policy-not-when-then", HINT, Set.of(POLICY), WHEN_UNLOCKED, "seed 001, policies",
                    "A policy is a reaction, but this one does not read \"when …, then …\".",
                    "Write the event it reacts to and what follows: \"When Payment Failed, then Notify Customer\".",
                    LanguageRules::policiesNotWhenThen),
            new Rule("event-causes-event", WARNING, Set.of(EVENT, ARROW), WHEN_UNLOCKED, "seed 003, phase 4, grammar rule 1",
                    "An arrow goes straight from one event to another: events don't cause events.",
                    "Put the policy, person or clock that reacts to the first event between them.",
                    GrammarRules::eventsCausingEvents),
            new Rule("command-causes-command", WARNING, Set.of(COMMAND, ARROW), WHEN_UNLOCKED, "seed 003, phase 4, grammar rule 2",
                    "An arrow goes straight from one command to another: commands don't cause commands.",
                    "Put the event the first command produces, and the policy that reacts to it, between them.",
                    GrammarRules::commandsCausingCommands),
            new Rule("aggregate-too-large", WARNING, Set.of(EVENT, AGGREGATE), WHEN_UNLOCKED, "seed 001, common mistakes",
                    "This aggregate holds %d events, more than " + StructureRules.LARGE_AGGREGATE + ".",
                    "Look for the invariants inside it: events that need not commit together belong in separate aggregates.",
                    StructureRules::largeAggregates),
            new Rule("god-aggregate", WARNING, Set.of(EVENT, AGGREGATE), WHEN_UNLOCKED, "seed 003, phase 2, what to watch for",
                    "This aggregate holds %d of the wall's %d events.",
                    "Ask which invariant forces all of this into one place, and split it along the answers.",
                    StructureRules::godAggregates),
            new Rule("overlapping-boundaries", WARNING, Set.of(AGGREGATE), WHEN_UNLOCKED, "seed 003, phase 3, what to watch for",
                    "Two aggregates or two bounded contexts overlap in part.",
                    "Move the lines apart, or name the overlap as an aggregate or context of its own.",
                    StructureRules::overlaps),
            new Rule("crossing-event-without-policy", WARNING, Set.of(EVENT, ARROW, BOUNDARY, POLICY), WHEN_UNLOCKED,
                    "seed 003, phase 4",
                    "An event's arrow lands in another bounded context on something that is not a policy.",
                    "Let the receiving context subscribe: a policy of its own reacts to the event.",
                    StructureRules::crossingEventsWithoutPolicy),
            new Rule("command-chain-crosses-contexts", WARNING, Set.of(COMMAND, ARROW, BOUNDARY), WHEN_UNLOCKED,
                    "seed 003, phase 4, what to watch for",
                    "A chain of commands crosses three bounded contexts in a row.",
                    "Let each context handle its command and publish an event that the next one reacts to.",
                    StructureRules::commandChains),
            new Rule("two-way-coupling", WARNING, Set.of(ARROW, AGGREGATE), WHEN_UNLOCKED, "seed 003, phase 4",
                    "Arrows go both ways between these two aggregates or bounded contexts.",
                    "Decide which of the two depends on the other, and turn the other direction into events it publishes.",
                    StructureRules::twoWayCoupling),
            new Rule("external-without-acl", WARNING, Set.of(EXTERNAL_SYSTEM, ARROW, BOUNDARY), WHEN_UNLOCKED,
                    "seed 003, phase 5, what to watch for",
                    "An external system is connected into a bounded context without an anti-corruption layer.",
                    "Put a translator between the external system and the context, and mark the system's layer (acl).",
                    StructureRules::externalsWithoutAcl),
            new Rule("command-without-failure", HINT, Set.of(COMMAND, EVENT, ARROW), WHEN_UNLOCKED, "seed 001, common mistakes",
                    "None of the events of %s says what happens when it fails.",
                    "Ask \"what if this fails?\" and add the failure event: \"Payment Declined\" beside \"Payment Captured\".",
                    StructureRules::commandsWithoutFailure),
            new Rule("hotspot-without-owner", HINT, Set.of(HOTSPOT), AT_WRAP_UP, "seed 003, wrap-up and owners",
                    "This open hotspot has nobody to follow it up.",
                    "Give it an owner before the session ends, or mark it resolved.",
                    StructureRules::hotspotsWithoutOwner),
            new Rule("command-without-event", WARNING, Set.of(COMMAND, EVENT, ARROW), AT_WRAP_UP, "seed 004, completeness check",
                    "Nothing on the wall says what this command results in.",
                    "Draw an arrow to the event it records, or ask whether the command is needed at all.",
                    CompletenessRules::commandsWithoutEvent),
            new Rule("read-model-without-source", WARNING, Set.of(READ_MODEL, EVENT, ARROW), AT_WRAP_UP, "seed 004, completeness check",
                    "No event feeds this read model.",
                    "Draw an arrow from each event whose data the view shows.",
                    CompletenessRules::readModelsWithoutSource),
            new Rule("field-without-origin", WARNING, Set.of(READ_MODEL, COMMAND, EVENT, ARROW), AT_WRAP_UP, "seed 004, completeness check",
                    "%s: no event that comes before it carries it.",
                    "Add the field to the event it comes from, or the event that is missing; a person's input belongs to a command an actor issues.",
                    CompletenessRules::fieldsWithoutOrigin),
            new Rule("field-without-destination", HINT, Set.of(EVENT, ARROW), AT_WRAP_UP, "seed 004, completeness check",
                    "%s: no read model or policy-issued command uses it.",
                    "Show it in a read model or use it in the command a policy issues, or ask whether the event needs it.",
                    CompletenessRules::fieldsWithoutDestination));

    private Rules() {}

    static Optional<Rule> find(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Every finding of every rule that applies at the wall's phase, one per key, in the table's order. */
    static List<Finding> check(WallView wall) {
        Map<String, Finding> findings = new LinkedHashMap<>();
        for (Rule rule : ALL) {
            if (!rule.appliesTo(wall)) {
                continue;
            }
            List<Finding> ofRule = new ArrayList<>();
            for (Hit hit : rule.detector().find(wall)) {
                // named in the order the rule reads them (an arrow's ends from cause to effect), keyed sorted
                List<String> ids = hit.elements().stream().map(Element::id).map(Object::toString).distinct().toList();
                String key = rule.id() + ":" + String.join(",", ids.stream().sorted().toList());
                ofRule.add(new Finding(key, rule.id(), rule.severity().id(), ids, rule.messageFor(hit), rule.hint(), null));
            }
            ofRule.sort(java.util.Comparator.comparing(Finding::key));
            ofRule.forEach(f -> findings.putIfAbsent(f.key(), f));
        }
        return List.copyOf(findings.values());
    }
}
