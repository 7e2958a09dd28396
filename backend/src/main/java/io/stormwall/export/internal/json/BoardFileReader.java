package io.stormwall.export.internal.json;

import io.stormwall.board.BoardCreation;
import io.stormwall.board.Role;
import io.stormwall.format.FormatCatalog;
import io.stormwall.format.SessionFormat;
import io.stormwall.wall.Element;
import io.stormwall.wall.PhaseTransition;
import io.stormwall.wall.WallSeed;
import io.stormwall.wall.WallSeeding;
import io.stormwall.web.InputProblem;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads an {@code export.json} file back, collecting every problem with its JSON path. The board's frame (schema
 * version, meta, phase, switches, history) is checked here; the elements by the wall's own rules.
 */
@Component
class BoardFileReader {

    /** A board's file read back: what to create, or everything that stands in the way. */
    record Reading(String title, String format, WallSeed seed, List<InputProblem> problems) {}

    private static final Set<String> TOP = Set.of("schemaVersion", "meta", "phase", "gatingLifted", "frozen", "seq",
            "elements", "phaseHistory");
    private static final Set<String> META = Set.of("title", "format", "createdAt", "exportedAt");
    private static final Set<String> PHASE = Set.of("index", "id", "name");
    private static final Set<String> TRANSITION = Set.of("seq", "from", "to", "by", "role", "at");
    private static final int MAX_ACTOR = 100;

    private final FormatCatalog formats;
    private final WallSeeding seeding;

    BoardFileReader(FormatCatalog formats, WallSeeding seeding) {
        this.formats = formats;
        this.seeding = seeding;
    }

    Reading read(JsonNode file) {
        List<InputProblem> problems = new ArrayList<>();
        if (!file.isObject()) {
            problems.add(new InputProblem("$", "Expected a board exported as JSON (an object with \"schemaVersion\")."));
            return new Reading(null, null, null, problems);
        }
        onlyFields(file, "", TOP, problems);
        schemaVersion(file.get("schemaVersion"), problems);
        JsonNode meta = object(file, "meta", "", problems);
        String title = meta == null ? null : title(meta.get("title"), problems);
        Optional<SessionFormat> format = meta == null ? Optional.empty() : format(meta.get("format"), problems);
        if (meta != null) {
            onlyFields(meta, "meta", META, problems);
            instant(meta, "createdAt", "meta", problems);
            instant(meta, "exportedAt", "meta", problems);
        }
        int phaseIndex = phase(object(file, "phase", "", problems), format, problems);
        boolean gatingLifted = bool(file, "gatingLifted", problems);
        boolean frozen = bool(file, "frozen", problems);
        long seq = seq(file.get("seq"), problems);
        List<PhaseTransition> history = history(file.get("phaseHistory"), format, seq, problems);
        List<Element> elements = seeding.readElements(file.get("elements"), "elements", problems);
        WallSeed seed = problems.isEmpty() ? new WallSeed(elements, phaseIndex, gatingLifted, frozen, history, seq) : null;
        return new Reading(title, format.map(SessionFormat::id).orElse(null), seed, problems);
    }

    private static void schemaVersion(JsonNode node, List<InputProblem> problems) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
            problems.add(new InputProblem("schemaVersion", "Expected the file's schema version, a whole number from 1."));
        } else if (node.intValue() > BoardFile.SCHEMA_VERSION) {
            problems.add(new InputProblem("schemaVersion", "This file has schema version " + node.intValue()
                    + ", written by a newer Stormwall; this server reads version " + BoardFile.SCHEMA_VERSION + "."));
        }
    }

    private static String title(JsonNode node, List<InputProblem> problems) {
        String title = node != null && node.isString() ? node.stringValue().strip() : "";
        if (title.isEmpty() || title.length() > BoardCreation.MAX_TITLE_LENGTH) {
            problems.add(new InputProblem("meta.title", "A board needs a title of 1 to " + BoardCreation.MAX_TITLE_LENGTH + " characters."));
            return null;
        }
        return title;
    }

    private Optional<SessionFormat> format(JsonNode node, List<InputProblem> problems) {
        Optional<SessionFormat> format = node != null && node.isString() ? formats.find(node.stringValue()) : Optional.empty();
        if (format.isEmpty()) {
            problems.add(new InputProblem("meta.format", "Unknown session format. Known formats: "
                    + String.join(", ", formats.all().stream().map(SessionFormat::id).toList()) + "."));
        }
        return format;
    }

    private static int phase(JsonNode phase, Optional<SessionFormat> format, List<InputProblem> problems) {
        if (phase == null) {
            return 1;
        }
        onlyFields(phase, "phase", PHASE, problems);
        return phaseNumber(phase.get("index"), "phase.index", format, problems);
    }

    private static int phaseNumber(JsonNode node, String path, Optional<SessionFormat> format, List<InputProblem> problems) {
        int count = format.map(SessionFormat::phaseCount).orElse(Integer.MAX_VALUE);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1 || node.intValue() > count) {
            String range = format.map(f -> "from 1 to " + f.phaseCount() + " (the phases of " + f.id() + ")").orElse("from 1");
            problems.add(new InputProblem(path, "Expected a phase number " + range + "."));
            return 1;
        }
        return node.intValue();
    }

    private static boolean bool(JsonNode file, String field, List<InputProblem> problems) {
        JsonNode node = file.get(field);
        if (node == null || !node.isBoolean()) {
            problems.add(new InputProblem(field, "Expected true or false."));
            return false;
        }
        return node.booleanValue();
    }

    private static long seq(JsonNode node, List<InputProblem> problems) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
            problems.add(new InputProblem("seq", "Expected the board's position in its edit log, a whole number from 0."));
            return 0;
        }
        return node.longValue();
    }

    private static List<PhaseTransition> history(JsonNode node, Optional<SessionFormat> format, long boardSeq,
            List<InputProblem> problems) {
        if (node == null || !node.isArray()) {
            problems.add(new InputProblem("phaseHistory", "Expected the list of phase changes (empty when there were none)."));
            return List.of();
        }
        List<PhaseTransition> history = new ArrayList<>();
        long previous = 0;
        for (int i = 0; i < node.size(); i++) {
            String path = "phaseHistory[" + i + "]";
            JsonNode t = node.get(i);
            if (!t.isObject()) {
                problems.add(new InputProblem(path, "Expected a JSON object."));
                continue;
            }
            onlyFields(t, path, TRANSITION, problems);
            JsonNode seqNode = t.get("seq");
            long seq = seqNode != null && seqNode.isIntegralNumber() && seqNode.canConvertToLong() ? seqNode.longValue() : -1;
            if (seq <= previous || seq > boardSeq) {
                problems.add(new InputProblem(path + ".seq", "Expected a seq after the previous change's and at most the board's seq (" + boardSeq + ")."));
            }
            previous = Math.max(previous, seq);
            int from = phaseNumber(t.get("from"), path + ".from", format, problems);
            int to = phaseNumber(t.get("to"), path + ".to", format, problems);
            String by = actor(t.get("by"), path + ".by", problems);
            String role = role(t.get("role"), path + ".role", problems);
            Instant at = instant(t, "at", path, problems);
            if (!t.has("at")) {
                problems.add(new InputProblem(path + ".at", "Missing 'at'."));
            }
            history.add(new PhaseTransition(seq, from, to, by, role, at));
        }
        return history;
    }

    private static String actor(JsonNode node, String path, List<InputProblem> problems) {
        if (node == null || !node.isString() || node.stringValue().isEmpty() || node.stringValue().length() > MAX_ACTOR) {
            problems.add(new InputProblem(path, "Expected a name of 1 to " + MAX_ACTOR + " characters."));
            return null;
        }
        return node.stringValue();
    }

    private static String role(JsonNode node, String path, List<InputProblem> problems) {
        List<String> roles = Arrays.stream(Role.values()).map(Role::id).toList();
        if (node == null || !node.isString() || !roles.contains(node.stringValue())) {
            problems.add(new InputProblem(path, "Expected one of " + String.join(", ", roles) + "."));
            return null;
        }
        return node.stringValue();
    }

    private static Instant instant(JsonNode parent, String field, String path, List<InputProblem> problems) {
        JsonNode node = parent.get(field);
        if (node == null) {
            return null;
        }
        try {
            if (node.isString()) {
                return Instant.parse(node.stringValue());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(new InputProblem(join(path, field), "Expected a time such as \"2026-11-23T09:35:02.504Z\"."));
        return null;
    }

    private static JsonNode object(JsonNode parent, String field, String path, List<InputProblem> problems) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isObject()) {
            problems.add(new InputProblem(join(path, field), "Expected a JSON object."));
            return null;
        }
        return node;
    }

    private static void onlyFields(JsonNode node, String path, Set<String> allowed, List<InputProblem> problems) {
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                problems.add(new InputProblem(join(path, name), "Unknown field '" + name + "'."));
            }
        }
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
