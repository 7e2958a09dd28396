package io.stormwall.coach.internal.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What the coach asks of WordNet's dictionary files, on words where the tagger alone goes wrong. */
@Tag("rules")
class WordNetTest {

    private final WordNet dictionary = WordNet.english();

    @Test
    void knowsNounsThatAreNeverVerbs() {
        assertThat(dictionary.knows("driver")).isTrue();
        assertThat(dictionary.isVerb("driver")).isFalse();
        assertThat(dictionary.isVerb("password")).isFalse();
        assertThat(dictionary.isVerb("assign")).isTrue();
        assertThat(dictionary.isVerb("order")).isTrue();
        assertThat(dictionary.knows("upsert")).as("a word it does not know is left to the tagger").isFalse();
    }

    @Test
    void tellsWordsMetMostlyAsVerbs() {
        assertThat(dictionary.mostlyVerb("clear")).isTrue();
        assertThat(dictionary.mostlyVerb("cancel")).isTrue();
        assertThat(dictionary.mostlyVerb("credit")).isFalse();
        assertThat(dictionary.mostlyVerb("process")).isFalse();
    }

    @Test
    void findsTheVerbOfAPastFormTheLemmatizerNeverMet() {
        assertThat(dictionary.verbOfPastForm("withheld")).contains("withhold");
        assertThat(dictionary.verbOfPastForm("lent")).as("though Lent is a noun too").contains("lend");
        assertThat(dictionary.verbOfPastForm("unlocked")).contains("unlock");
        assertThat(dictionary.verbOfPastForm("relocated")).contains("relocate");
        assertThat(dictionary.verbOfPastForm("seed")).as("a verb of its own, not the past of 'see'").isEmpty();
        assertThat(dictionary.verbOfPastForm("unlock")).as("a base form").isEmpty();
    }

    @Test
    void tellsNounsForSomeoneOrSomethingFromNounsForSomethingDone() {
        assertThat(dictionary.namesSomeoneOrSomething("patient")).isTrue();
        assertThat(dictionary.namesSomeoneOrSomething("container")).isTrue();
        assertThat(dictionary.namesSomeoneOrSomething("assignment")).as("also the act of assigning").isFalse();
        assertThat(dictionary.namesSomeoneOrSomething("account")).as("a verb as well").isFalse();
        assertThat(dictionary.namesSomeoneOrSomething("onboard")).as("no noun").isFalse();
    }

    @Test
    void knowsIrregularFormsOfVerbsThatAreNoNouns() {
        assertThat(dictionary.isIrregularVerbForm("withdrawn")).isTrue();
        assertThat(dictionary.isIrregularVerbForm("bought")).isTrue();
        assertThat(dictionary.isIrregularVerbForm("ground")).as("a noun as well").isFalse();
        assertThat(dictionary.isIrregularVerbForm("withdraw")).isFalse();
    }
}
