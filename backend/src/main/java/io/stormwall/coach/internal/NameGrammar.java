package io.stormwall.coach.internal;

/**
 * How the language rules read the name on a sticky. Kept apart from the rules so that the reading (a part-of-speech
 * model of English) can be measured on its own against a labelled list of names.
 */
public interface NameGrammar {

    /** What an event's name says about the fact it records. */
    enum EventReading {
        /** A fact in the past tense: "Invoice Sent", "Box Shipped". */
        PAST_FACT,
        /** Not a past fact: "Invoice Sends", "Payment Capture", "Send Invoice". */
        NOT_PAST_TENSE,
        /** A past fact that only says data changed: "Customer Updated". */
        CRUD
    }

    /** What a command's name says about the intention it carries. */
    enum CommandReading {
        /** An imperative: "Send Invoice", "Cancel Subscription". */
        IMPERATIVE,
        /** A fact or a noun where an intention belongs: "Invoice Sent", "Cancellation". */
        NOT_IMPERATIVE
    }

    EventReading readEvent(String name);

    /** Makes ready whatever the reading needs (a model to load), so that the first name read does not wait for it. */
    default void load() {}

    CommandReading readCommand(String name);
}
