package io.stormwall.coach.internal;

import static io.stormwall.coach.internal.TestWall.format;
import static io.stormwall.coach.internal.TestWall.props;
import static io.stormwall.wall.ElementKind.AGGREGATE;
import static io.stormwall.wall.ElementKind.BOUNDARY;
import static io.stormwall.wall.ElementKind.COMMAND;
import static io.stormwall.wall.ElementKind.EVENT;
import static io.stormwall.wall.ElementKind.EXTERNAL_SYSTEM;
import static io.stormwall.wall.ElementKind.HOTSPOT;
import static io.stormwall.wall.ElementKind.POLICY;
import static io.stormwall.wall.ElementKind.READ_MODEL;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.coach.Finding;
import io.stormwall.coach.internal.language.OpenNlpNameGrammar;
import io.stormwall.format.SessionFormat;
import io.stormwall.wall.Element;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the table on realistic walls, with the look-alikes it must leave alone. No server, no database: the
 * rules read a wall in memory, names through the English models.
 */
@Tag("rules")
class RulesTest {

    private static final SessionFormat FREE = format("free");
    private static final SessionFormat PROCESS = format("process-level");
    private static final SessionFormat ARCHITECTURE = format("architecture");
    private static NameGrammar grammar;

    private final TestWall wall = new TestWall();

    @BeforeAll
    static void loadModels() {
        grammar = new OpenNlpNameGrammar();
    }

    @Test
    void theTableHasEveryRuleOnceWithItsSeverity() {
        assertThat(Rules.ALL).extracting(Rule::id).doesNotHaveDuplicates().containsExactly(
                "event-not-past-tense", "command-not-imperative", "crud-event", "policy-not-when-then",
                "event-causes-event", "command-causes-command", "aggregate-too-large", "god-aggregate",
                "overlapping-boundaries", "crossing-event-without-policy", "command-chain-crosses-contexts",
                "two-way-coupling", "external-without-acl", "command-without-failure", "hotspot-without-owner",
                "command-without-event", "read-model-without-source", "field-without-origin", "field-without-destination");
        assertThat(Rules.find("event-not-past-tense").orElseThrow().severity()).isEqualTo(Severity.ERROR);
        assertThat(Rules.find("policy-not-when-then").orElseThrow().severity()).isEqualTo(Severity.HINT);
        assertThat(Rules.ALL).allSatisfy(r -> assertThat(r.source()).startsWith("seed 00"));
    }

    @Test
    void eventsThatDoNotReadAsPastFactsAreErrors() {
        Element sends = event("Invoice Sends");
        Element capture = event("Payment Capture");
        Stream.of("Invoice Sent", "Refund Paid", "Box Shipped", "Monthly Billing Cycle Triggered", "Item Bought", "")
                .forEach(this::event);

        List<Finding> found = findings(FREE, 1, "event-not-past-tense");
        assertThat(found).extracting(f -> f.elements().get(0)).containsExactlyInAnyOrder(id(sends), id(capture));
        assertThat(found).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo("error");
            assertThat(f.key()).isEqualTo("event-not-past-tense:" + f.elements().get(0));
            assertThat(f.accepted()).isNull();
        });
    }

    @Test
    void eventsThatOnlySayDataChangedAreCrud() {
        Element updated = event("Customer Updated");
        event("Shipping Address Corrected");
        event("Item Removed From Cart");
        event("Subscription Created");

        assertThat(elementsOf(findings(FREE, 1, "crud-event"))).containsExactly(id(updated));
        assertThat(findings(FREE, 1, "event-not-past-tense")).isEmpty();
    }

    @Test
    void commandsWrittenAsFactsOrNounsAreNotImperatives() {
        Element fact = sticky(COMMAND, "Invoice Sent");
        Element noun = sticky(COMMAND, "Cancellation");
        Stream.of("Send Invoice", "Cancel Subscription", "Top Up Fuel Card", "Raise / Resolve Ticket")
                .forEach(name -> sticky(COMMAND, name));

        assertThat(elementsOf(findings(FREE, 1, "command-not-imperative"))).containsExactlyInAnyOrder(id(fact), id(noun));
    }

    @Test
    void policiesThatDoNotReadWhenThenGetAHint() {
        Element bare = sticky(POLICY, "Notify Customer");
        Element noReaction = sticky(POLICY, "When in doubt");
        sticky(POLICY, "When Payment Failed, then Notify Customer");
        sticky(POLICY, "Whenever stock runs low, reorder");
        sticky(POLICY, "Charge on cycle: when an invoice is raised, take the money");
        sticky(POLICY, "when shipment lost → refund customer");

        List<Finding> found = findings(FREE, 1, "policy-not-when-then");
        assertThat(elementsOf(found)).containsExactlyInAnyOrder(id(bare), id(noReaction));
        assertThat(found).allSatisfy(f -> assertThat(f.severity()).isEqualTo("hint"));
    }

    @Test
    void anArrowStraightBetweenTwoEventsOrTwoCommandsBreaksTheGrammar() {
        Element placed = event("Order Placed");
        Element shipped = event("Order Shipped");
        wall.arrow(placed, shipped);
        Element place = sticky(COMMAND, "Place Order");
        Element ship = sticky(COMMAND, "Ship Order");
        wall.arrow(place, ship);
        // look-alikes: the method's own chain, and an arrow drawn backwards between a command and its event
        Element policy = sticky(POLICY, "When Order Placed, then Ship Order");
        wall.arrow(placed, policy);
        wall.arrow(policy, ship);
        wall.arrow(shipped, ship);

        assertThat(findings(FREE, 1, "event-causes-event")).singleElement()
                .satisfies(f -> assertThat(f.elements()).containsExactlyInAnyOrder(id(placed), id(shipped)));
        assertThat(findings(FREE, 1, "command-causes-command")).singleElement()
                .satisfies(f -> assertThat(f.elements()).containsExactlyInAnyOrder(id(place), id(ship)));
    }

    @Test
    void anAggregateWithMoreThanEightEventsIsTooLarge() {
        Element large = wall.area(AGGREGATE, "Order", 0, 0, 2000, 300);
        Element fine = wall.area(AGGREGATE, "Payment", 0, 1000, 2000, 300);
        for (int i = 0; i < 9; i++) {
            wall.sticky(EVENT, "Order Step " + i + " Done", 10 + i * 200, 50);
        }
        for (int i = 0; i < 8; i++) {
            wall.sticky(EVENT, "Payment Step " + i + " Done", 10 + i * 200, 1050);
        }

        assertThat(findings(FREE, 1, "aggregate-too-large")).singleElement().satisfies(f -> {
            assertThat(f.elements()).containsExactly(id(large));
            assertThat(f.message()).contains("9 events");
        });
        assertThat(id(fine)).isNotNull();
    }

    @Test
    void oneAggregateHoldingMostOfTheWallsEventsIsAGodAggregate() {
        Element god = wall.area(AGGREGATE, "Subscription", 0, 0, 2000, 300);
        for (int i = 0; i < 7; i++) {
            wall.sticky(EVENT, "Thing " + i + " Happened", 10 + i * 200, 50);
        }
        for (int i = 0; i < 5; i++) {
            wall.sticky(EVENT, "Other " + i + " Happened", 10 + i * 200, 1050);
        }
        assertThat(elementsOf(findings(FREE, 1, "god-aggregate"))).containsExactly(id(god));

        // half of the wall is not most of it
        wall.sticky(EVENT, "Extra Happened", 10, 1250);
        wall.sticky(EVENT, "Another Happened", 210, 1250);
        assertThat(findings(FREE, 1, "god-aggregate")).isEmpty();
    }

    @Test
    void aSmallWallHasNoGodAggregate() {
        wall.area(AGGREGATE, "Order", 0, 0, 1000, 300);
        for (int i = 0; i < 4; i++) {
            wall.sticky(EVENT, "Order " + i + " Happened", 10 + i * 200, 50);
        }
        assertThat(findings(FREE, 1, "god-aggregate")).isEmpty();
    }

    @Test
    void contextsOrAggregatesOverlappingInPartAreFlaggedButNestedOrTouchingOnesAreNot() {
        Element billing = wall.area(BOUNDARY, "Billing", 0, 0, 800, 500);
        Element access = wall.area(BOUNDARY, "Access", 700, 100, 800, 500);
        wall.area(BOUNDARY, "Invoicing", 50, 50, 300, 300); // inside Billing
        wall.area(BOUNDARY, "Support", 1500, 0, 400, 400); // touches Access's right edge
        Element invoice = wall.area(AGGREGATE, "Invoice", 2000, 0, 300, 200);
        Element payment = wall.area(AGGREGATE, "Payment", 2200, 100, 300, 200);

        assertThat(findings(FREE, 1, "overlapping-boundaries")).extracting(Finding::elements).containsExactlyInAnyOrder(
                List.of(id(billing), id(access)), List.of(id(invoice), id(payment)));
    }

    @Test
    void boundaryRulesWaitForTheirPhase() {
        wall.area(BOUNDARY, "Billing", 0, 0, 800, 500);
        wall.area(BOUNDARY, "Access", 700, 100, 800, 500);
        assertThat(findings(PROCESS, 7, "overlapping-boundaries")).isEmpty();
        assertThat(findings(PROCESS, 8, "overlapping-boundaries")).hasSize(1);
        wall.sticky(EVENT, "Invoice Sends", 0, 0);
        assertThat(findings(PROCESS, 1, null)).extracting(Finding::rule).containsExactly("event-not-past-tense");
    }

    @Test
    void anEventLandingInAnotherContextOnSomethingOtherThanAPolicy() {
        wall.area(BOUNDARY, "Billing", 0, 0, 800, 500);
        wall.area(BOUNDARY, "Access", 1000, 0, 800, 500);
        Element captured = wall.sticky(EVENT, "Payment Captured", 50, 50);
        Element grant = wall.sticky(COMMAND, "Grant Access", 1050, 50);
        Element policy = wall.sticky(POLICY, "When Payment Captured, then Grant Access", 1050, 250);
        Element invoice = wall.sticky(COMMAND, "Raise Invoice", 300, 50);
        wall.arrow(captured, grant);
        wall.arrow(captured, policy);
        wall.arrow(captured, invoice);

        assertThat(findings(FREE, 1, "crossing-event-without-policy")).singleElement()
                .satisfies(f -> assertThat(f.elements()).isEqualTo(List.of(id(captured), id(grant))));
    }

    @Test
    void aChainOfCommandsCrossingThreeContextsInARow() {
        Element[] contexts = new Element[4];
        Element[] commands = new Element[4];
        String[] names = {"Support", "Subscription", "Billing", "Access"};
        for (int i = 0; i < 4; i++) {
            contexts[i] = wall.area(BOUNDARY, names[i], i * 1000, 0, 800, 500);
            commands[i] = wall.sticky(COMMAND, "Do Step " + i, i * 1000 + 50, 50);
        }
        for (int i = 0; i < 3; i++) {
            wall.arrow(commands[i], commands[i + 1]);
        }
        assertThat(findings(FREE, 1, "command-chain-crosses-contexts")).singleElement()
                .satisfies(f -> assertThat(f.elements()).isEqualTo(Arrays.stream(commands).map(RulesTest::id).toList()));
    }

    @Test
    void twoCrossingsInARowAreNotAChain() {
        Element support = wall.area(BOUNDARY, "Support", 0, 0, 800, 500);
        wall.area(BOUNDARY, "Billing", 1000, 0, 800, 500);
        wall.area(BOUNDARY, "Access", 2000, 0, 800, 500);
        Element a = wall.sticky(COMMAND, "Open Case", 50, 50);
        Element b = wall.sticky(COMMAND, "Refund Charge", 1050, 50);
        Element c = wall.sticky(COMMAND, "Adjust Ledger", 1250, 250);
        Element d = wall.sticky(COMMAND, "Revoke Access", 2050, 50);
        wall.arrow(a, b);
        wall.arrow(b, c);
        wall.arrow(c, d);
        assertThat(findings(FREE, 1, "command-chain-crosses-contexts")).isEmpty();
        assertThat(id(support)).isNotNull();
    }

    @Test
    void arrowsBothWaysBetweenTwoAggregates() {
        Element subscription = wall.area(AGGREGATE, "Subscription", 0, 0, 600, 300);
        Element billing = wall.area(AGGREGATE, "Billing", 1000, 0, 600, 300);
        Element upgraded = wall.sticky(EVENT, "Plan Upgraded", 20, 20);
        Element charge = wall.sticky(POLICY, "When Plan Upgraded, then Charge Difference", 1020, 20);
        Element failed = wall.sticky(EVENT, "Payment Failed", 1220, 20);
        Element suspend = wall.sticky(POLICY, "When Payment Failed, then Suspend", 220, 20);
        wall.arrow(upgraded, charge);
        assertThat(findings(FREE, 1, "two-way-coupling")).isEmpty();

        wall.arrow(suspend, failed); // drawn from effect to cause: still Billing → Subscription, named in that order
        assertThat(findings(FREE, 1, "two-way-coupling")).singleElement()
                .satisfies(f -> assertThat(f.elements()).isEqualTo(List.of(id(billing), id(subscription))));
    }

    @Test
    void anExternalSystemConnectedIntoAContextWithoutAnAntiCorruptionLayer() {
        wall.area(BOUNDARY, "Billing", 0, 0, 800, 500);
        Element capture = wall.sticky(COMMAND, "Capture Payment", 50, 50);
        Element stripe = wall.withProps(EXTERNAL_SYSTEM, "Stripe API", 1000, 0, props("ownership", "external"));
        Element guarded = wall.withProps(EXTERNAL_SYSTEM, "Bank Feed", 1000, 200, props("ownership", "external", "acl", "true"));
        Element ours = wall.withProps(EXTERNAL_SYSTEM, "Ledger Service", 1000, 400, props("ownership", "internal"));
        wall.withProps(EXTERNAL_SYSTEM, "Mail Provider", 1000, 600, props("ownership", "external"));
        wall.arrow(stripe, capture);
        wall.arrow(guarded, capture);
        wall.arrow(ours, capture);

        assertThat(elementsOf(findings(FREE, 1, "external-without-acl"))).containsExactly(id(stripe));
    }

    @Test
    void aCommandWhoseEventsAllSucceedGetsAHint() {
        Element capture = wall.sticky(COMMAND, "Capture Payment", 0, 0);
        wall.arrow(capture, event("Payment Captured"));
        Element ship = wall.sticky(COMMAND, "Ship Box", 0, 200);
        wall.arrow(ship, event("Box Shipped"));
        wall.arrow(ship, event("Shipment Not Accepted By Carrier"));
        Element retry = wall.sticky(COMMAND, "Retry Payment", 0, 400);
        wall.arrow(retry, event("Retry Failed"));
        sticky(COMMAND, "Cancel Order"); // no events yet: nothing to say

        assertThat(elementsOf(findings(FREE, 1, "command-without-failure"))).containsExactly(id(capture));
    }

    @Test
    void theCommandsOfOneAggregateWithoutFailuresShareOneHint() {
        wall.area(AGGREGATE, "Order", 0, 0, 800, 600);
        Element place = wall.sticky(COMMAND, "Place Order", 20, 20);
        wall.arrow(place, wall.sticky(EVENT, "Order Placed", 300, 20));
        Element cancel = wall.sticky(COMMAND, "Cancel Order", 20, 200);
        wall.arrow(cancel, wall.sticky(EVENT, "Order Cancelled", 300, 200));
        Element pay = wall.sticky(COMMAND, "Pay Order", 20, 400);
        wall.arrow(pay, wall.sticky(EVENT, "Order Paid", 300, 400));
        wall.arrow(pay, wall.sticky(EVENT, "Payment Declined", 500, 400));
        Element loose = sticky(COMMAND, "Ship Box");
        wall.arrow(loose, event("Box Shipped"));

        List<Finding> found = findings(FREE, 1, "command-without-failure");

        assertThat(found).extracting(Finding::elements).containsExactlyInAnyOrder(List.of(id(place), id(cancel)), List.of(id(loose)));
        assertThat(found).extracting(Finding::message).contains(
                "None of the events of these 2 commands says what happens when it fails.",
                "None of the events of this command says what happens when it fails.");
    }

    @Test
    void anOpenHotspotWithoutOwnerAtTheEndOfTheWorkshop() {
        Element open = wall.sticky(HOTSPOT, "What if the gateway is down?", 0, 0);
        wall.withProps(HOTSPOT, "Who signs off refunds?", 200, 0, props("owner", "Grace"));
        wall.withProps(HOTSPOT, "Do we keep card data?", 400, 0, props("status", "resolved"));

        assertThat(findings(PROCESS, 7, "hotspot-without-owner")).isEmpty();
        assertThat(elementsOf(findings(PROCESS, 8, "hotspot-without-owner"))).containsExactly(id(open));
        assertThat(findings(ARCHITECTURE, 7, "hotspot-without-owner")).isEmpty();
        assertThat(elementsOf(findings(ARCHITECTURE, 8, "hotspot-without-owner"))).containsExactly(id(open));
    }

    @Test
    void theCompletenessCheckFollowsEachFieldFromItsOriginToItsDestinationInTheLastPhase() {
        SessionFormat process = format("process-level");
        SessionFormat modeling = format("event-modeling");
        Element failed = withFields(EVENT, "Payment Failed", "subscriptionId", "amount", "reason", "retryCount", "failedAt");
        Element dashboard = withFields(READ_MODEL, "Failed Payments Dashboard", "SubscriptionId", "lastFailure", "retryCount");
        Element policy = sticky(POLICY, "Retry failed payment: when fewer than two retries were made, try again a day later");
        Element retry = withFields(COMMAND, "Retry Payment", "subscriptionId", "retryCount");
        Element retried = withFields(EVENT, "Payment Retried", "subscriptionId");
        Element agent = sticky(io.stormwall.wall.ElementKind.ACTOR, "Support Agent");
        Element cancel = withFields(COMMAND, "Cancel Subscription", "subscriptionId", "reason");
        Element queue = withFields(READ_MODEL, "Shipment Queue", "boxId");
        Element automated = withFields(COMMAND, "Charge Card", "cardToken");
        Element charging = sticky(POLICY, "Charge on cycle: when an invoice is raised, take the money");
        wall.arrow(failed, dashboard);
        wall.arrow(failed, policy);
        wall.arrow(policy, retry);
        wall.arrow(retry, retried);
        wall.arrow(agent, cancel);
        wall.arrow(charging, automated);
        wall.arrow(automated, withFields(EVENT, "Card Charged"));
        wall.arrow(retried, dashboard);

        // event modeling checks completeness in its last phase, "Completeness check", and not before
        assertThat(findings(modeling, modeling.phaseCount() - 1, "read-model-without-source")).isEmpty();
        assertThat(elementsOf(findings(modeling, modeling.phaseCount(), "read-model-without-source"))).containsExactly(id(queue));

        int last = process.phaseCount();
        assertThat(findings(process, last - 1, "field-without-origin")).isEmpty();
        assertThat(elementsOf(findings(process, last, "command-without-event"))).containsExactly(id(cancel));
        assertThat(elementsOf(findings(process, last, "read-model-without-source"))).containsExactly(id(queue));
        List<Finding> origins = findings(process, last, "field-without-origin");
        assertThat(origins).extracting(Finding::message).containsExactlyInAnyOrder(
                "Field 'lastFailure': no event that comes before it carries it.",
                "Field 'boxId': no event that comes before it carries it.",
                "Field 'cardToken': no event that comes before it carries it.");
        assertThat(elementsOf(origins)).containsExactlyInAnyOrder(id(dashboard), id(queue), id(automated));
        List<Finding> destinations = findings(process, last, "field-without-destination");
        assertThat(destinations).extracting(Finding::message)
                .containsExactly("Fields 'amount', 'reason', 'failedAt': no read model or policy-issued command uses it.");
        assertThat(elementsOf(destinations)).containsExactly(id(failed));
    }

    private Element withFields(io.stormwall.wall.ElementKind kind, String name, String... fields) {
        tools.jackson.databind.node.ObjectNode props = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        tools.jackson.databind.node.ObjectNode entries = props.putObject("fields");
        for (int i = 0; i < fields.length; i++) {
            entries.putObject("f" + i).put("name", fields[i]).put("type", "string").put("at", i);
        }
        return wall.withProps(kind, name, 5000 + wall.elements().size() * 200, 5000, props);
    }

    private Element event(String name) {
        return sticky(EVENT, name);
    }

    private Element sticky(io.stormwall.wall.ElementKind kind, String name) {
        return wall.sticky(kind, name, 5000 + wall.elements().size() * 200, 5000);
    }

    private List<Finding> findings(SessionFormat format, int phase, String rule) {
        return Rules.check(wall.at(format, phase, grammar)).stream().filter(f -> rule == null || f.rule().equals(rule)).toList();
    }

    private static List<String> elementsOf(List<Finding> findings) {
        return findings.stream().flatMap(f -> f.elements().stream()).toList();
    }

    private static String id(Element e) {
        return e.id().toString();
    }
}
