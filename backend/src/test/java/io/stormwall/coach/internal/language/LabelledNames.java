package io.stormwall.coach.internal.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.stormwall.coach.internal.NameGrammar;

/** A labelled list of sticky names (kind, name, expected reading) and how well a grammar reads it. */
record LabelledNames(List<Label> labels) {

    record Label(String kind, String name, String expected) {
    }

    record Misreading(Label label, String read) {
        @Override
        public String toString() {
            return label.kind() + " \"" + label.name() + "\": expected " + label.expected() + ", read " + read;
        }
    }

    /** Precision and recall of one finding, e.g. NOT_PAST_TENSE on events. */
    record Score(String finding, int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            int flagged = truePositives + falsePositives;
            return flagged == 0 ? 1 : (double) truePositives / flagged;
        }

        double recall() {
            int expected = truePositives + falseNegatives;
            return expected == 0 ? 1 : (double) truePositives / expected;
        }

        @Override
        public String toString() {
            return "%-15s precision %5.1f %% (%d/%d)  recall %5.1f %% (%d/%d)".formatted(finding,
                    100 * precision(), truePositives, truePositives + falsePositives,
                    100 * recall(), truePositives, truePositives + falseNegatives);
        }
    }

    record Report(Map<String, Score> scores, List<Misreading> misreadings) {
        Score score(String finding) {
            return scores.get(finding);
        }
    }

    static final List<String> FINDINGS = List.of("NOT_PAST_TENSE", "CRUD", "NOT_IMPERATIVE");

    static LabelledNames read(String resource) {
        var in = Objects.requireNonNull(LabelledNames.class.getResourceAsStream(resource), resource);
        List<Label> labels = new ArrayList<>();
        try (var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                labels.add(new Label(cells[0], cells[1], cells[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LabelledNames(labels);
    }

    Report readWith(NameGrammar grammar) {
        List<Misreading> misreadings = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        FINDINGS.forEach(finding -> counts.put(finding, new int[3]));
        for (Label label : labels) {
            String read = label.kind().equals("event")
                    ? grammar.readEvent(label.name()).name()
                    : grammar.readCommand(label.name()).name();
            if (!read.equals(label.expected())) {
                misreadings.add(new Misreading(label, read));
            }
            for (String finding : FINDINGS) {
                int[] c = counts.get(finding);
                boolean flagged = read.equals(finding);
                boolean expected = label.expected().equals(finding);
                c[0] += flagged && expected ? 1 : 0;
                c[1] += flagged && !expected ? 1 : 0;
                c[2] += !flagged && expected ? 1 : 0;
            }
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        counts.forEach((finding, c) -> scores.put(finding, new Score(finding, c[0], c[1], c[2])));
        return new Report(scores, misreadings);
    }
}
