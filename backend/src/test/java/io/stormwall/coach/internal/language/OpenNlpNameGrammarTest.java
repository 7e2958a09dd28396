package io.stormwall.coach.internal.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.stormwall.coach.internal.NameGrammar.CommandReading;
import io.stormwall.coach.internal.NameGrammar.EventReading;

/** How single names read, with the look-alikes that must not be flagged next to the ones that must. */
@Tag("rules")
class OpenNlpNameGrammarTest {

    private static OpenNlpNameGrammar grammar;

    @BeforeAll
    static void loadModels() {
        grammar = new OpenNlpNameGrammar();
    }

    @ParameterizedTest(name = "event \"{0}\" reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Box Shipped                       | PAST_FACT
            Refund Paid                       | PAST_FACT
            Order Sent                        | PAST_FACT
            Item Bought                       | PAST_FACT
            Monthly Billing Cycle Triggered   | PAST_FACT
            Payment Retry Scheduled           | PAST_FACT
            Shipping Address Corrected        | PAST_FACT
            Customer Moved Abroad             | PAST_FACT
            Password Reset                    | PAST_FACT
            Terms & Conditions Accepted       | PAST_FACT
            Payment Failed (Card Expired)     | PAST_FACT
            InvoiceSent                       | PAST_FACT
            invoice_sent                      | PAST_FACT
            Understudy Went On                | PAST_FACT
            Power Went Out                    | PAST_FACT
            Curtain Came Down                 | PAST_FACT
            Invoice Sends                     | NOT_PAST_TENSE
            Understudy Goes On                | NOT_PAST_TENSE
            Team Goes Live                    | NOT_PAST_TENSE
            Guest Checks Out                  | NOT_PAST_TENSE
            Payment Capture                   | NOT_PAST_TENSE
            Send Invoice                      | NOT_PAST_TENSE
            Scheduled Payment                 | NOT_PAST_TENSE
            Order Shipping                    | NOT_PAST_TENSE
            Customer Updated                  | CRUD
            Order Status Changed              | CRUD
            Invoice Deleted                   | CRUD
            """)
    void readsAnEventsName(String name, EventReading expected) {
        assertThat(grammar.readEvent(name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "command \"{0}\" reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Send Invoice                 | IMPERATIVE
            Cancel Subscription          | IMPERATIVE
            Retry Payment                | IMPERATIVE
            Mark Invoice Paid            | IMPERATIVE
            Top Up Balance               | IMPERATIVE
            Accept Terms & Conditions    | IMPERATIVE
            Refund                       | IMPERATIVE
            Triage Patient               | IMPERATIVE
            Onboard Employee             | IMPERATIVE
            Load Container               | IMPERATIVE
            Place Booking                | IMPERATIVE
            Schedule Maintenance         | IMPERATIVE
            Cancel Subscription          | IMPERATIVE
            Patient Triage               | NOT_IMPERATIVE
            Driver Assignment            | NOT_IMPERATIVE
            Invoice Sent                 | NOT_IMPERATIVE
            Cancellation                 | NOT_IMPERATIVE
            Payment Capture              | NOT_IMPERATIVE
            Sending Invoice              | NOT_IMPERATIVE
            Sends Invoice                | NOT_IMPERATIVE
            New Order                    | NOT_IMPERATIVE
            Customer Registration        | NOT_IMPERATIVE
            """)
    void readsACommandsName(String name, CommandReading expected) {
        assertThat(grammar.readCommand(name)).isEqualTo(expected);
    }

    @Test
    void theBenchmarkBoardsCommandsAreAllImperatives() {
        // the verbs and nouns the coach's benchmark board (bench/CoachBenchmark) names its commands with, every pairing
        List<String> verbs = List.of(
                "Place", "Approve", "Cancel", "Ship", "Confirm", "Reserve", "Issue", "Schedule", "Close", "Archive");
        List<String> nouns = List.of("Order", "Invoice", "Payment", "Shipment", "Subscription", "Refund", "Account",
                "Parcel", "Booking", "Claim", "Policy Holder", "Ticket", "Delivery Slot", "Cart", "Coupon",
                "Prescription", "Lease", "Quote", "Return", "Voucher");
        List<String> flagged = verbs.stream().flatMap(verb -> nouns.stream().map(noun -> verb + " " + noun))
                .filter(name -> grammar.readCommand(name) != CommandReading.IMPERATIVE)
                .toList();
        assertThat(flagged).isEmpty();
    }

    @Test
    void createdAndRemovedAreFactsNotDataChanges() {
        // the domain's own words for something coming into being or leaving a collection
        assertThat(grammar.readEvent("Account Created")).isEqualTo(EventReading.PAST_FACT);
        assertThat(grammar.readEvent("Item Removed From Cart")).isEqualTo(EventReading.PAST_FACT);
        assertThat(grammar.readEvent("Usage Recorded")).isEqualTo(EventReading.PAST_FACT);
    }

    @Test
    void aBlankStickySaysNothingToCoach() {
        assertThat(grammar.readEvent("  ")).isEqualTo(EventReading.PAST_FACT);
        assertThat(grammar.readCommand("")).isEqualTo(CommandReading.IMPERATIVE);
    }

    @Test
    void asksTheModelsAboutANameOnceAndAnswersFromMemoryAfterwards() {
        EnglishModels models = new EnglishModels();
        OpenNlpNameGrammar fresh = new OpenNlpNameGrammar(models);
        assertThat(fresh.readEvent("Harvest Sold")).isEqualTo(EventReading.PAST_FACT);
        assertThat(fresh.readCommand("Sell Harvest")).isEqualTo(CommandReading.IMPERATIVE);
        long afterFirstReading = models.calls();

        for (int i = 0; i < 5_000; i++) {
            fresh.readEvent("Harvest Sold");
            fresh.readCommand("Sell Harvest");
        }

        assertThat(afterFirstReading).isPositive();
        assertThat(models.calls()).isEqualTo(afterFirstReading);
    }

    @Test
    void aNewNameOfKnownWordsCostsLessThanTheFirst() {
        EnglishModels models = new EnglishModels();
        OpenNlpNameGrammar fresh = new OpenNlpNameGrammar(models);
        fresh.readCommand("Sell Harvest");
        long first = models.calls();

        fresh.readCommand("Sell Harvest Early");

        assertThat(models.calls() - first).isLessThan(first);
    }
}
