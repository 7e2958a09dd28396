package io.stormwall.coach.internal.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    /** A labelled list, how many names of each kind it holds at least, and the floors of each finding on it. */
    record LabelledList(String file, int names, int commands, int events, Floor pastTense, Floor crud, Floor imperative) {

        @Override
        public String toString() {
            return file;
        }
    }

    record Floor(double precision, double recall) {}

    static Stream<LabelledList> lists() {
        return Stream.of(
                // the list the reading was tuned on
                new LabelledList("labelled-names.tsv", 200, 0, 0, new Floor(1.00, 1.00), new Floor(1.00, 1.00), new Floor(0.97, 0.86)),
                // written after tuning, never seen by it
                new LabelledList("unseen-names.tsv", 0, 0, 0, new Floor(0.93, 0.93), new Floor(1.00, 1.00), new Floor(1.00, 0.75)),
                // held out of every round of tuning since it was written
                new LabelledList("held-out-names.tsv", 0, 60, 30, new Floor(1.00, 1.00), new Floor(1.00, 1.00), new Floor(0.87, 0.71)),
                // other domains, written before the last round and never tuned on
                new LabelledList("fresh-names.tsv", 0, 100, 20, new Floor(1.00, 1.00), new Floor(1.00, 1.00), new Floor(0.92, 0.78)));
    }

    @ParameterizedTest
    @MethodSource("lists")
    void readsEachListAtLeastAsWellAsDocumented(LabelledList list) {
        LabelledNames names = LabelledNames.read("/coach/" + list.file());
        assertThat(names.labels()).hasSizeGreaterThanOrEqualTo(list.names());
        assertThat(names.labels()).filteredOn(l -> l.kind().equals("command")).hasSizeGreaterThanOrEqualTo(list.commands());
        assertThat(names.labels()).filteredOn(l -> l.kind().equals("event")).hasSizeGreaterThanOrEqualTo(list.events());

        LabelledNames.Report report = print(list.file(), names.readWith(grammar));

        assertFloor(report, "NOT_PAST_TENSE", list.pastTense());
        assertFloor(report, "CRUD", list.crud());
        assertFloor(report, "NOT_IMPERATIVE", list.imperative());
    }

    private static void assertFloor(LabelledNames.Report report, String finding, Floor floor) {
        assertThat(report.score(finding).precision()).as(finding + " precision").isGreaterThanOrEqualTo(floor.precision());
        assertThat(report.score(finding).recall()).as(finding + " recall").isGreaterThanOrEqualTo(floor.recall());
    }

    private static LabelledNames.Report print(String list, LabelledNames.Report report) {
        System.out.println("== " + list);
        report.scores().values().forEach(System.out::println);
        report.misreadings().forEach(m -> System.out.println("  " + m));
        return report;
    }
}
