package io.stormwall.coach.internal.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of each language finding on labelled lists of names: the list the reading was tuned on, a
 * list written after tuning that it never saw, a list held out of every round of tuning since it was written, and a
 * fresh list from other domains, written before the last round and never tuned on either.
 * The floors are what the reading reaches; docs/coach.md states them.
 */
@Tag("rules")
class NameGrammarQualityTest {

    private static OpenNlpNameGrammar grammar;

    @BeforeAll
    static void loadModels() {
        grammar = new OpenNlpNameGrammar();
    }

    @Test
    void readsTheTuningListLikeAFacilitator() {
        LabelledNames names = LabelledNames.read("/coach/labelled-names.tsv");
        assertThat(names.labels()).hasSizeGreaterThanOrEqualTo(200);

        LabelledNames.Report report = print("labelled-names.tsv", names.readWith(grammar));

        assertFloor(report, "NOT_PAST_TENSE", 1.00, 1.00);
        assertFloor(report, "CRUD", 1.00, 1.00);
        assertFloor(report, "NOT_IMPERATIVE", 0.97, 0.86);
    }

    @Test
    void readsNamesItWasNeverTunedOn() {
        LabelledNames names = LabelledNames.read("/coach/unseen-names.tsv");

        LabelledNames.Report report = print("unseen-names.tsv", names.readWith(grammar));

        assertFloor(report, "NOT_PAST_TENSE", 0.93, 0.93);
        assertFloor(report, "CRUD", 1.00, 1.00);
        assertFloor(report, "NOT_IMPERATIVE", 1.00, 0.75);
    }

    @Test
    void readsNamesHeldOutOfAllTuning() {
        LabelledNames names = LabelledNames.read("/coach/held-out-names.tsv");
        assertThat(names.labels()).filteredOn(l -> l.kind().equals("command")).hasSizeGreaterThanOrEqualTo(60);
        assertThat(names.labels()).filteredOn(l -> l.kind().equals("event")).hasSizeGreaterThanOrEqualTo(30);

        LabelledNames.Report report = print("held-out-names.tsv", names.readWith(grammar));

        assertFloor(report, "NOT_PAST_TENSE", 1.00, 1.00);
        assertFloor(report, "CRUD", 1.00, 1.00);
        assertFloor(report, "NOT_IMPERATIVE", 0.87, 0.71);
    }

    @Test
    void readsAFreshListWrittenBeforeTheLastRound() {
        LabelledNames names = LabelledNames.read("/coach/fresh-names.tsv");
        assertThat(names.labels()).filteredOn(l -> l.kind().equals("command")).hasSizeGreaterThanOrEqualTo(100);
        assertThat(names.labels()).filteredOn(l -> l.kind().equals("event")).hasSizeGreaterThanOrEqualTo(20);

        LabelledNames.Report report = print("fresh-names.tsv", names.readWith(grammar));

        assertFloor(report, "NOT_PAST_TENSE", 0.85, 1.00);
        assertFloor(report, "CRUD", 1.00, 1.00);
        assertFloor(report, "NOT_IMPERATIVE", 0.92, 0.78);
    }

    private static void assertFloor(LabelledNames.Report report, String finding, double precision, double recall) {
        assertThat(report.score(finding).precision()).as(finding + " precision").isGreaterThanOrEqualTo(precision);
        assertThat(report.score(finding).recall()).as(finding + " recall").isGreaterThanOrEqualTo(recall);
    }

    private static LabelledNames.Report print(String list, LabelledNames.Report report) {
        System.out.println("== " + list);
        report.scores().values().forEach(System.out::println);
        report.misreadings().forEach(m -> System.out.println("  " + m));
        return report;
    }
}
