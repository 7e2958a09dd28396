package io.stormwall.export.internal.report;

import io.stormwall.notation.DataShape;
import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The wall as a Java 17 source skeleton, the way the method maps a storm to code: one package per bounded context
 * (per aggregate when there are no contexts), a record per event and command with its fields, an aggregate class
 * with one handler per command returning its events, an interface per policy listening to its events, and a record
 * and a projection per read model. It compiles as it is; only the handlers' bodies are left to write.
 */
final class CodeSkeleton {

    static final String ROOT = "workshop";

    private static final String SOURCES = "src/main/java/";
    /** The package of what lies in no context (or aggregate) is keyed by this id, which no element has. */
    private static final UUID OUTSIDE = new UUID(0, 0);
    private static final Map<String, String> BASIC_TYPES = Map.of(
            "string", "java.lang.String", "number", "java.math.BigDecimal", "boolean", "boolean", "date", "java.time.Instant",
            "id", "java.util.UUID", "money", "java.math.BigDecimal", "list", "java.util.List<java.lang.String>");

    private final WallModel model;
    private final Map<UUID, String> packages = new HashMap<>();
    private final Map<UUID, String> types = new HashMap<>();
    private final Map<UUID, String> projections = new HashMap<>();
    private final Map<String, String> typesByName = new HashMap<>();
    private final Map<String, String> files = new LinkedHashMap<>();

    private CodeSkeleton(WallModel model) {
        this.model = model;
    }

    /** Each file's path in the archive and its text. */
    static Map<String, String> of(WallModel model) {
        return new CodeSkeleton(model).write();
    }

    private Map<String, String> write() {
        name();
        model.all(ElementKind.EVENT).forEach(e -> record(e, "Event"));
        model.all(ElementKind.COMMAND).forEach(c -> record(c, "Command"));
        model.all(ElementKind.READ_MODEL).forEach(r -> record(r, "Read model"));
        model.all(ElementKind.AGGREGATE).forEach(this::aggregate);
        model.all(ElementKind.POLICY).forEach(this::policy);
        model.all(ElementKind.READ_MODEL).forEach(this::projection);
        return files;
    }

    /** Every package and type name, handed out in timeline order before any file refers to one. */
    private void name() {
        JavaNames packageNames = new JavaNames();
        Map<String, JavaNames> typeNames = new HashMap<>();
        for (ElementKind kind : List.of(ElementKind.EVENT, ElementKind.COMMAND, ElementKind.READ_MODEL, ElementKind.AGGREGATE, ElementKind.POLICY)) {
            for (Element element : model.all(kind)) {
                Optional<Element> unit = unitOf(element);
                String pkg = packages.computeIfAbsent(unit.map(Element::id).orElse(OUTSIDE), id -> ROOT + "."
                        + packageNames.packagePart(unit.map(WallModel::label).orElse("model"), "context"));
                JavaNames names = typeNames.computeIfAbsent(pkg, p -> new JavaNames());
                String simple = names.type(kind == ElementKind.POLICY ? policyName(element) : WallModel.label(element), fallback(kind));
                types.put(element.id(), pkg + "." + simple);
                if (kind == ElementKind.READ_MODEL) {
                    projections.put(element.id(), pkg + "." + names.type(simple + "Projection", "Projection"));
                }
                if (kind != ElementKind.AGGREGATE && kind != ElementKind.POLICY) {
                    typesByName.putIfAbsent(CmlNames.identifier(WallModel.label(element), "").toLowerCase(Locale.ROOT), pkg + "." + simple);
                }
            }
        }
    }

    /** The context an element lies in, or its aggregate when the wall has no contexts. */
    private Optional<Element> unitOf(Element element) {
        if (!model.all(ElementKind.BOUNDARY).isEmpty()) {
            return element.kind() == ElementKind.BOUNDARY ? Optional.of(element) : model.contextOf(element);
        }
        return element.kind() == ElementKind.AGGREGATE ? Optional.of(element) : model.aggregateOf(element);
    }

    private void record(Element element, String kindName) {
        String type = types.get(element.id());
        JavaNames members = new JavaNames();
        List<String> components = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (DataShape.Field field : DataShape.fields(element)) {
            String javaType = javaType(field.type());
            if (javaType == null) {
                javaType = "java.lang.String";
                notes.add("Field " + field.name() + ": its type '" + field.type() + "' names nothing on the wall, so it is text here.");
            }
            components.add(javaType + " " + members.member(field.name(), "field"));
        }
        StringBuilder doc = new StringBuilder(kindName + " \"" + JavaNames.comment(WallModel.label(element)) + "\"" + where(element) + ".");
        notes.forEach(n -> doc.append("\n * <p>").append(JavaNames.comment(n)));
        file(type, doc.toString(), "public record " + simple(type) + "(" + String.join(", ", components) + ") {\n}\n");
    }

    private void aggregate(Element aggregate) {
        String type = types.get(aggregate.id());
        StringBuilder body = new StringBuilder("public final class " + simple(type) + " {\n");
        for (Element command : model.commandsOf(aggregate)) {
            List<Element> events = model.resultsOf(command);
            String returns = events.size() == 1 ? reference(type, types.get(events.get(0).id())) : "java.util.List<java.lang.Record>";
            String results = events.isEmpty() ? "no events on the wall yet"
                    : events.stream().map(e -> JavaNames.comment(WallModel.label(e))).collect(Collectors.joining(" or "));
            body.append("\n    /** ").append(JavaNames.comment(WallModel.label(command))).append(": results in ").append(results).append(". */\n")
                    .append("    public ").append(returns).append(" handle(").append(reference(type, types.get(command.id()))).append(" command) {\n")
                    .append("        throw new java.lang.UnsupportedOperationException(\"not written yet\");\n    }\n");
        }
        file(type, "Aggregate \"" + JavaNames.comment(WallModel.label(aggregate)) + "\"" + where(aggregate)
                + ": it decides on its commands and records their events.", body.append("}\n").toString());
    }

    private void policy(Element policy) {
        String type = types.get(policy.id());
        StringBuilder body = new StringBuilder("public interface " + simple(type) + " {\n");
        String issues = model.commandsIssuedBy(policy).stream().map(c -> JavaNames.comment(WallModel.label(c))).collect(Collectors.joining(", "));
        for (Element event : model.triggersOf(policy)) {
            body.append("\n    /** When ").append(JavaNames.comment(WallModel.label(event)))
                    .append(issues.isEmpty() ? "" : ": issues " + issues).append(". */\n")
                    .append("    void on(").append(reference(type, types.get(event.id()))).append(" event);\n");
        }
        file(type, "Policy \"" + JavaNames.comment(WallModel.label(policy)) + "\"" + where(policy) + ".", body.append("}\n").toString());
    }

    private void projection(Element readModel) {
        String type = projections.get(readModel.id());
        String view = reference(type, types.get(readModel.id()));
        StringBuilder body = new StringBuilder("public final class " + simple(type) + " {\n\n    private " + view + " current;\n");
        for (Element event : model.feeding(readModel)) {
            body.append("\n    public void on(").append(reference(type, types.get(event.id()))).append(" event) {\n")
                    .append("        throw new java.lang.UnsupportedOperationException(\"not written yet\");\n    }\n");
        }
        body.append("\n    public ").append(view).append(" current() {\n        return current;\n    }\n}\n");
        file(type, "Builds the read model \"" + JavaNames.comment(WallModel.label(readModel)) + "\" from its events.", body.toString());
    }

    /** A field's type: a basic one, or the record of the element it names; null if it names nothing. */
    private String javaType(String type) {
        String basic = BASIC_TYPES.get(type.toLowerCase(Locale.ROOT));
        return basic != null ? basic : typesByName.get(CmlNames.identifier(type, "").toLowerCase(Locale.ROOT));
    }

    private String where(Element element) {
        List<String> parts = new ArrayList<>();
        model.contextOf(element).filter(c -> c != element).ifPresent(c -> parts.add("bounded context " + JavaNames.comment(WallModel.label(c))));
        model.aggregateOf(element).filter(a -> a != element).ifPresent(a -> parts.add("aggregate " + JavaNames.comment(WallModel.label(a))));
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private void file(String type, String doc, String body) {
        String pkg = type.substring(0, type.lastIndexOf('.'));
        files.put(SOURCES + type.replace('.', '/') + ".java", "package " + pkg + ";\n\n/**\n * " + doc + "\n */\n" + body);
    }

    /** A type as another file writes it: by its simple name in its own package, else in full. */
    private static String reference(String from, String to) {
        return to.substring(0, to.lastIndexOf('.')).equals(from.substring(0, from.lastIndexOf('.'))) ? simple(to) : to;
    }

    private static String simple(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** A policy's name is what comes before its condition: "Charge on cycle: when …" is ChargeOnCycle. */
    private static String policyName(Element policy) {
        String label = WallModel.label(policy);
        int colon = label.indexOf(':');
        return colon > 0 ? label.substring(0, colon) : label;
    }

    private static String fallback(ElementKind kind) {
        return switch (kind) {
            case EVENT -> "Event";
            case COMMAND -> "Command";
            case READ_MODEL -> "ReadModel";
            case AGGREGATE -> "Aggregate";
            default -> "Policy";
        };
    }
}
