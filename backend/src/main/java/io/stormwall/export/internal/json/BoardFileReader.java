package io.stormwall.export.internal.json;

import io.stormwall.board.BoardCreation;
import io.stormwall.board.Role;
import io.stormwall.coach.Coach;
import io.stormwall.coach.CoachSetting;
import io.stormwall.web.ApiException;
import io.stormwall.format.FormatCatalog;
import io.stormwall.format.SessionFormat;
import io.stormwall.wall.Element;
import io.stormwall.wall.WallSeed;
import io.stormwall.wall.WallSeeding;
import io.stormwall.web.InputProblem;
import io.stormwall.web.JsonContract;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an {@code export.json} file back, collecting every problem with its JSON path: the shape is
 * docs/export.schema.json's; what depends on the file's format (its phases), the order of its history and the
 * elements as one wall (ids, arrows, how many a board holds) is checked here and by the wall.
 */
@Component
class BoardFileReader {

    /** A board's file read back: what to create, or everything that stands in the way. */
    record Reading(String title, String format, WallSeed seed, CoachSetting coach, List<InputProblem> problems) {}

    static final BigInteger MAX_IMPORTED_COUNT = BigInteger.TWO.pow(52);

    private final FormatCatalog formats;
    private final WallSeeding seeding;
    private final Coach coach;

    BoardFileReader(FormatCatalog formats, WallSeeding seeding, Coach coach) {
        this.formats = formats;
        this.seeding = seeding;
        this.coach = coach;
    }

    Reading read(JsonNode file) {
        Map<String, String> problems = new LinkedHashMap<>();
        JsonNode version = file.path("schemaVersion");
        if (version.isIntegralNumber() && version.asLong() > BoardFile.SCHEMA_VERSION) {
            problems.put("schemaVersion", "This file has schema version " + version.asLong()
                    + ", written by a newer Stormwall; this server reads version " + BoardFile.SCHEMA_VERSION + ".");
        }
        JsonContract.get().problems(JsonContract.Document.EXPORT, null, file, "").forEach(p -> problems.putIfAbsent(p.path(), p.message()));
        if (!file.isObject()) {
            return new Reading(null, null, null, null, list(problems));
        }
        JsonNode formatId = file.path("meta").path("format");
        Optional<SessionFormat> format = formats.find(formatId.asString(""));
        if (formatId.isString() && format.isEmpty()) {
            problems.putIfAbsent("meta.format", "Unknown session format. Known formats: "
                    + String.join(", ", formats.all().stream().map(SessionFormat::id).toList()) + ".");
        }
        format.ifPresent(f -> checkPhases(file, f, problems));
        checkCountsLeaveRoom(file, problems);
        checkHistoryOrder(file.path("phaseHistory"), file.path("seq").asLong(0), problems);
        checkAccepted(file.path("coach").path("accepted"), problems);
        List<InputProblem> all = list(problems);
        List<Element> elements = seeding.readElements(file.get("elements"), "elements", all);
        if (!all.isEmpty()) {
            return new Reading(null, null, null, null, dedupe(all));
        }
        BoardFile read = JsonMapper.shared().treeToValue(file, BoardFile.class);
        WallSeed seed = new WallSeed(elements, read.phase().index(), read.gatingLifted(), read.frozen(), read.phaseHistory(), read.seq());
        CoachSetting coaching = read.coach() == null ? CoachSetting.DEFAULT : read.coach();
        return new Reading(read.meta().title().strip(), read.meta().format(), seed, coaching, all);
    }

    /** Phase numbers are within the file's format. */
    private static void checkPhases(JsonNode file, SessionFormat format, Map<String, String> problems) {
        String range = "Expected a phase number from 1 to " + format.phaseCount() + " (the phases of " + format.id() + ").";
        checkPhase(file.path("phase").path("index"), "phase.index", format, range, problems);
        JsonNode history = file.path("phaseHistory");
        for (int i = 0; i < history.size(); i++) {
            checkPhase(history.get(i).path("from"), "phaseHistory[" + i + "].from", format, range, problems);
            checkPhase(history.get(i).path("to"), "phaseHistory[" + i + "].to", format, range, problems);
        }
    }

    private static void checkPhase(JsonNode index, String path, SessionFormat format, String range, Map<String, String> problems) {
        if (index.isIntegralNumber() && index.asLong() > format.phaseCount()) {
            problems.putIfAbsent(path, range);
        }
    }

    /**
     * The board counts on from an imported seq and each element's version; up to 2^52 leaves room for more edits
     * than a board will ever see before a count passes 2^53-1, the largest a JavaScript client holds exactly.
     */
    private static void checkCountsLeaveRoom(JsonNode file, Map<String, String> problems) {
        checkCount(file.path("seq"), "seq", problems);
        JsonNode elements = file.path("elements");
        for (int i = 0; i < elements.size(); i++) {
            checkCount(elements.get(i).path("version"), "elements[" + i + "].version", problems);
        }
    }

    private static void checkCount(JsonNode count, String path, Map<String, String> problems) {
        if (count.isIntegralNumber() && count.bigIntegerValue().compareTo(MAX_IMPORTED_COUNT) > 0) {
            problems.putIfAbsent(path, "'" + path.substring(path.lastIndexOf('.') + 1) + "' is " + count.bigIntegerValue()
                    + "; an imported board's counts may be at most " + MAX_IMPORTED_COUNT + " (2^52), to leave room for the edits that follow.");
        }
    }

    /** Accepted findings are keys the coach makes, once each, and no more than a board may hold. */
    private void checkAccepted(JsonNode accepted, Map<String, String> problems) {
        if (accepted.size() > coach.maxAccepted()) {
            problems.putIfAbsent("coach.accepted", "A board may hold at most " + coach.maxAccepted()
                    + " accepted findings (stormwall.coach.max-accepted).");
            return;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < accepted.size(); i++) {
            JsonNode key = accepted.get(i).path("key");
            if (!key.isString()) {
                continue; // the schema names it
            }
            try {
                coach.checkKey(key.stringValue());
            } catch (ApiException wrong) {
                problems.putIfAbsent("coach.accepted[" + i + "].key", wrong.getMessage());
            }
            if (!seen.add(key.stringValue())) {
                problems.putIfAbsent("coach.accepted[" + i + "].key", "This finding is accepted once already.");
            }
        }
    }

    /** Each change comes after the one before it, and none after the board's own seq. */
    private static void checkHistoryOrder(JsonNode history, long boardSeq, Map<String, String> problems) {
        long previous = 0;
        for (int i = 0; i < history.size(); i++) {
            JsonNode seq = history.get(i).path("seq");
            if (seq.isIntegralNumber() && (seq.asLong() <= previous || seq.asLong() > boardSeq)) {
                problems.putIfAbsent("phaseHistory[" + i + "].seq",
                        "Expected a seq after the previous change's and at most the board's seq (" + boardSeq + ").");
            }
            previous = Math.max(previous, seq.asLong(previous));
        }
    }

    private static List<InputProblem> list(Map<String, String> problems) {
        List<InputProblem> list = new ArrayList<>();
        problems.forEach((path, message) -> list.add(new InputProblem(path, message)));
        return list;
    }

    private static List<InputProblem> dedupe(List<InputProblem> problems) {
        Map<String, String> byPath = new LinkedHashMap<>();
        problems.forEach(p -> byPath.putIfAbsent(p.path(), p.message()));
        return list(byPath);
    }
}
