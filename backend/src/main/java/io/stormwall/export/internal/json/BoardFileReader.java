package io.stormwall.export.internal.json;

import io.stormwall.coach.Coach;
import io.stormwall.coach.CoachSetting;
import io.stormwall.format.FormatCatalog;
import io.stormwall.format.SessionFormat;
import io.stormwall.wall.WallSeed;
import io.stormwall.wall.WallSeeding;
import io.stormwall.web.ApiException;
import io.stormwall.web.InputProblem;
import io.stormwall.web.JsonContract;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an {@code export.json} file back. The file is held to docs/export.schema.json first; only a file that holds
 * to it is checked for what a schema can't say (the phases of its format, the order of its history, its elements as
 * one wall), so those checks read every value as the schema promises it. Either way every problem of that step is
 * listed with its JSON path.
 */
@Component
class BoardFileReader {

    /** A board's file read back: what to create, or everything that stands in the way. */
    record Reading(String title, String format, WallSeed seed, CoachSetting coach, List<InputProblem> problems) {}

    /**
     * The board counts on from an imported seq and each element's version; up to 2^52 leaves room for more edits
     * than a board will ever see before a count passes 2^53-1, the largest a JavaScript client holds exactly.
     */
    static final long MAX_IMPORTED_COUNT = 1L << 52;

    private final FormatCatalog formats;
    private final WallSeeding seeding;
    private final Coach coach;

    BoardFileReader(FormatCatalog formats, WallSeeding seeding, Coach coach) {
        this.formats = formats;
        this.seeding = seeding;
        this.coach = coach;
    }

    Reading read(JsonNode file) {
        List<InputProblem> problems = new ArrayList<>(JsonContract.get().problems(JsonContract.Document.EXPORT, null, file, ""));
        if (problems.isEmpty()) {
            checkPhases(file, problems);
            checkCount(file.path("seq"), "seq", problems);
            JsonNode elements = file.path("elements");
            for (int i = 0; i < elements.size(); i++) {
                checkCount(elements.get(i).path("version"), "elements[" + i + "].version", problems);
            }
            checkAccepted(file.path("coach").path("accepted"), problems);
            seeding.checkElements(elements, "elements", problems);
        }
        if (!problems.isEmpty()) {
            return new Reading(null, null, null, null, List.copyOf(problems));
        }
        BoardFile read = JsonMapper.shared().treeToValue(file, BoardFile.class);
        WallSeed seed = new WallSeed(read.elements(), read.phase().index(), read.gatingLifted(), read.frozen(), read.phaseHistory(), read.seq());
        return new Reading(read.meta().title().strip(), read.meta().format(), seed, read.coach() == null ? CoachSetting.DEFAULT : read.coach(), List.of());
    }

    /**
     * The format is one this server knows and every phase number is one of its phases; each change comes after the
     * one before it, and none after the board's own seq.
     */
    private void checkPhases(JsonNode file, List<InputProblem> problems) {
        String format = file.path("meta").path("format").stringValue();
        int count = formats.find(format).map(SessionFormat::phaseCount).orElse(Integer.MAX_VALUE);
        if (count == Integer.MAX_VALUE) {
            problems.add(new InputProblem("meta.format", "Unknown session format. Known formats: "
                    + String.join(", ", formats.all().stream().map(SessionFormat::id).toList()) + "."));
        }
        checkPhase(file.path("phase").path("index"), "phase.index", count, format, problems);
        JsonNode history = file.path("phaseHistory");
        long boardSeq = file.path("seq").asLong();
        long previous = 0;
        for (int i = 0; i < history.size(); i++) {
            checkPhase(history.get(i).path("from"), "phaseHistory[" + i + "].from", count, format, problems);
            checkPhase(history.get(i).path("to"), "phaseHistory[" + i + "].to", count, format, problems);
            long seq = history.get(i).path("seq").asLong();
            if (seq <= previous || seq > boardSeq) {
                problems.add(new InputProblem("phaseHistory[" + i + "].seq",
                        "Expected a seq after the previous change's and at most the board's seq (" + boardSeq + ")."));
            }
            previous = Math.max(previous, seq);
        }
    }

    private static void checkPhase(JsonNode index, String path, int count, String format, List<InputProblem> problems) {
        if (index.asLong() > count) {
            problems.add(new InputProblem(path, "Expected a phase number from 1 to " + count + " (the phases of " + format + ")."));
        }
    }

    private static void checkCount(JsonNode count, String path, List<InputProblem> problems) {
        if (count.asLong() > MAX_IMPORTED_COUNT) {
            problems.add(new InputProblem(path, "'" + path.substring(path.lastIndexOf('.') + 1) + "' is " + count.asLong()
                    + "; an imported board's counts may be at most " + MAX_IMPORTED_COUNT + " (2^52), to leave room for the edits that follow."));
        }
    }

    /** Accepted findings are keys the coach makes, once each, and no more than a board may hold. */
    private void checkAccepted(JsonNode accepted, List<InputProblem> problems) {
        if (accepted.size() > coach.maxAccepted()) {
            problems.add(new InputProblem("coach.accepted", "A board may hold at most " + coach.maxAccepted()
                    + " accepted findings (stormwall.coach.max-accepted)."));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < accepted.size(); i++) {
            String key = accepted.get(i).path("key").stringValue();
            String path = "coach.accepted[" + i + "].key";
            try {
                coach.checkKey(key);
                if (!seen.add(key)) {
                    problems.add(new InputProblem(path, "This finding is accepted once already."));
                }
            } catch (ApiException wrong) {
                problems.add(new InputProblem(path, wrong.getMessage()));
            }
        }
    }
}
