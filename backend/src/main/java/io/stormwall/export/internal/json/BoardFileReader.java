package io.stormwall.export.internal.json;

import io.stormwall.coach.Coach;
import io.stormwall.coach.CoachSetting;
import io.stormwall.format.FormatCatalog;
import io.stormwall.format.SessionFormat;
import io.stormwall.wall.Element;
import io.stormwall.wall.WallSeed;
import io.stormwall.wall.WallSeeding;
import io.stormwall.web.ApiException;
import io.stormwall.web.InputProblem;
import io.stormwall.web.JsonContract;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an {@code export.json} file back, collecting every problem with its JSON path: the shape is
 * docs/export.schema.json's; what depends on the file's format (its phases), the order of its history and the
 * elements as one wall (ids, arrows, how many a board holds) is checked here and by the wall, on whatever of the
 * file can be read, so that someone fixing a file gets the complete list.
 */
@Component
class BoardFileReader {

    /** A board's file read back: what to create, or everything that stands in the way. */
    record Reading(String title, String format, WallSeed seed, CoachSetting coach, List<InputProblem> problems) {}

    /**
     * The board counts on from an imported seq and each element's version; up to 2^52 leaves room for more edits
     * than a board will ever see before a count passes 2^53-1, the largest a JavaScript client holds exactly.
     */
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
        if (file.isObject()) {
            checkFormat(file, problems);
            checkCount(file.path("seq"), "seq", problems);
            JsonNode elements = file.path("elements");
            for (int i = 0; i < elements.size(); i++) {
                checkCount(elements.get(i).path("version"), "elements[" + i + "].version", problems);
            }
            checkHistoryOrder(file.path("phaseHistory"), file.path("seq").asLong(0), problems);
            checkAccepted(file.path("coach").path("accepted"), problems);
        }
        List<InputProblem> all = new ArrayList<>();
        problems.forEach((path, message) -> all.add(new InputProblem(path, message)));
        List<Element> elements = seeding.readElements(file.path("elements"), "elements", all);
        if (!all.isEmpty()) {
            Map<String, InputProblem> byPath = new LinkedHashMap<>();
            all.forEach(p -> byPath.putIfAbsent(p.path(), p));
            return new Reading(null, null, null, null, List.copyOf(byPath.values()));
        }
        BoardFile read = JsonMapper.shared().treeToValue(file, BoardFile.class);
        WallSeed seed = new WallSeed(elements, read.phase().index(), read.gatingLifted(), read.frozen(), read.phaseHistory(), read.seq());
        return new Reading(read.meta().title().strip(), read.meta().format(), seed, read.coach() == null ? CoachSetting.DEFAULT : read.coach(), List.of());
    }

    /** The format is one this server knows, and every phase number is one of its phases. */
    private void checkFormat(JsonNode file, Map<String, String> problems) {
        JsonNode id = file.path("meta").path("format");
        Optional<SessionFormat> format = formats.find(id.asString(""));
        if (format.isEmpty()) {
            if (id.isString()) {
                problems.putIfAbsent("meta.format", "Unknown session format. Known formats: "
                        + String.join(", ", formats.all().stream().map(SessionFormat::id).toList()) + ".");
            }
            return;
        }
        Map<String, JsonNode> phases = new LinkedHashMap<>(Map.of("phase.index", file.path("phase").path("index")));
        JsonNode history = file.path("phaseHistory");
        for (int i = 0; i < history.size(); i++) {
            phases.put("phaseHistory[" + i + "].from", history.get(i).path("from"));
            phases.put("phaseHistory[" + i + "].to", history.get(i).path("to"));
        }
        int count = format.get().phaseCount();
        phases.forEach((path, index) -> {
            if (index.isIntegralNumber() && index.asLong() > count) {
                problems.putIfAbsent(path, "Expected a phase number from 1 to " + count + " (the phases of " + format.get().id() + ").");
            }
        });
    }

    private static void checkCount(JsonNode count, String path, Map<String, String> problems) {
        if (count.isIntegralNumber() && count.bigIntegerValue().compareTo(MAX_IMPORTED_COUNT) > 0) {
            problems.putIfAbsent(path, "'" + path.substring(path.lastIndexOf('.') + 1) + "' is " + count.bigIntegerValue()
                    + "; an imported board's counts may be at most " + MAX_IMPORTED_COUNT + " (2^52), to leave room for the edits that follow.");
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

    /** Accepted findings are keys the coach makes, once each, and no more than a board may hold. */
    private void checkAccepted(JsonNode accepted, Map<String, String> problems) {
        if (accepted.size() > coach.maxAccepted()) {
            problems.putIfAbsent("coach.accepted", "A board may hold at most " + coach.maxAccepted()
                    + " accepted findings (stormwall.coach.max-accepted).");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < accepted.size(); i++) {
            JsonNode key = accepted.get(i).path("key");
            String path = "coach.accepted[" + i + "].key";
            try {
                if (key.isString()) {
                    coach.checkKey(key.stringValue());
                }
            } catch (ApiException wrong) {
                problems.putIfAbsent(path, wrong.getMessage());
            }
            if (key.isString() && !seen.add(key.stringValue())) {
                problems.putIfAbsent(path, "This finding is accepted once already.");
            }
        }
    }
}
