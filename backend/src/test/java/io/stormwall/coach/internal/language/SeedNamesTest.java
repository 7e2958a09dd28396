package io.stormwall.coach.internal.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.stormwall.coach.internal.NameGrammar.CommandReading;
import io.stormwall.coach.internal.NameGrammar.EventReading;

/**
 * The method's own examples read as the method means them: the subscription wall of the EventStorming primer and
 * the sixteen actor-command-event triplets of the architecture session's wall, exactly as written on their stickies.
 */
@Tag("rules")
class SeedNamesTest {

    private static OpenNlpNameGrammar grammar;

    @BeforeAll
    static void loadModels() {
        grammar = new OpenNlpNameGrammar();
    }

    static final List<String> SUBSCRIPTION_WALL_EVENTS = List.of(
            "Subscription Created", "Monthly Billing Cycle Triggered", "Payment Attempted", "Payment Succeeded",
            "Payment Failed", "Payment Retry Scheduled", "Payment Retry Attempted", "Subscription Paused",
            "Shipment Requested", "Subscription Resumed", "Subscription Cancelled",
            "Order Placed", "Payment Received", "Shipment Dispatched", "Retry Scheduled");

    static final List<String> SUBSCRIPTION_WALL_COMMANDS = List.of(
            "Create Subscription", "Trigger Billing Cycle", "Attempt Payment", "Schedule Retry", "Pause Subscription",
            "Request Shipment", "Resume Subscription", "Cancel Subscription",
            "Place Order", "Process Payment", "Dispatch Shipment", "Reserve Inventory");

    static final List<String> TRIPLET_EVENTS = List.of(
            "Account Created", "Payment Method Added", "Plan Selected", "Subscription Activated", "Invoice Raised",
            "Payment Captured", "Access Granted", "Usage Recorded", "Invoice Raised & Payment Captured",
            "Plan Upgraded", "Subscription Paused / Resumed", "Payment Failed / Retry Failed",
            "Subscription Suspended", "Subscription Cancelled", "Refund Issued", "Ticket Raised / Resolved");

    static final List<String> TRIPLET_COMMANDS = List.of(
            "Sign Up", "Add Payment Method", "Select Plan", "Activate Subscription", "Raise Invoice",
            "Capture Payment", "Grant Access", "Record Usage", "Bill Period", "Upgrade Plan", "Pause / Resume",
            "Retry Payment", "Suspend Subscription", "Cancel Subscription", "Issue Refund", "Raise / Resolve Ticket");

    @Test
    void theSubscriptionWallsEventsAreAllPastFacts() {
        assertThat(SUBSCRIPTION_WALL_EVENTS).allSatisfy(name ->
                assertThat(grammar.readEvent(name)).as(name).isEqualTo(EventReading.PAST_FACT));
    }

    @Test
    void theSubscriptionWallsCommandsAreAllImperatives() {
        assertThat(SUBSCRIPTION_WALL_COMMANDS).allSatisfy(name ->
                assertThat(grammar.readCommand(name)).as(name).isEqualTo(CommandReading.IMPERATIVE));
    }

    @Test
    void theSixteenTripletsEventsAreAllPastFacts() {
        assertThat(TRIPLET_EVENTS).allSatisfy(name ->
                assertThat(grammar.readEvent(name)).as(name).isEqualTo(EventReading.PAST_FACT));
    }

    @Test
    void theSixteenTripletsCommandsAreAllImperatives() {
        assertThat(TRIPLET_COMMANDS).allSatisfy(name ->
                assertThat(grammar.readCommand(name)).as(name).isEqualTo(CommandReading.IMPERATIVE));
    }
}
