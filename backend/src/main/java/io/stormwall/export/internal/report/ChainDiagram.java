package io.stormwall.export.internal.report;

import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The chain diagram as a Mermaid flowchart: who issues which command, what it results in, which policy reacts and
 * which command that policy issues. Node ids are made here from the kind and a counter, never from sticky text.
 */
final class ChainDiagram {

    private record Style(String prefix, String open, String close, String fill) {}

    private static final Map<ElementKind, Style> STYLES = new LinkedHashMap<>();

    static {
        STYLES.put(ElementKind.ACTOR, new Style("A", "([", "])", "#FFE066"));
        STYLES.put(ElementKind.EXTERNAL_SYSTEM, new Style("X", "[[", "]]", "#F783AC"));
        STYLES.put(ElementKind.COMMAND, new Style("C", "[", "]", "#74C0FC"));
        STYLES.put(ElementKind.EVENT, new Style("E", "[", "]", "#FFA94D"));
        STYLES.put(ElementKind.POLICY, new Style("P", "{{", "}}", "#B197FC"));
    }

    static final String EMPTY_NOTE = "Nothing on the wall is linked into a chain yet";

    private ChainDiagram() {}

    static String of(WallModel model) {
        Set<List<UUID>> edges = new LinkedHashSet<>();
        for (Element command : model.all(ElementKind.COMMAND)) {
            model.issuersOf(command).forEach(issuer -> edges.add(List.of(issuer.id(), command.id())));
            model.resultsOf(command).forEach(event -> edges.add(List.of(command.id(), event.id())));
        }
        for (Element event : model.all(ElementKind.EVENT)) {
            model.policiesTriggeredBy(event).forEach(policy -> edges.add(List.of(event.id(), policy.id())));
        }
        Set<UUID> linked = new LinkedHashSet<>();
        edges.forEach(linked::addAll);

        StringBuilder out = new StringBuilder("flowchart LR\n");
        if (edges.isEmpty()) {
            return out.append("  empty[").append(MermaidText.label(EMPTY_NOTE)).append("]\n").toString();
        }
        Map<UUID, String> ids = new LinkedHashMap<>();
        Map<ElementKind, List<String>> byKind = new LinkedHashMap<>();
        STYLES.forEach((kind, style) -> {
            List<String> names = new ArrayList<>();
            for (Element element : model.all(kind)) {
                if (linked.contains(element.id())) {
                    String id = style.prefix() + (names.size() + 1);
                    names.add(id);
                    ids.put(element.id(), id);
                    out.append("  ").append(id).append(style.open()).append(MermaidText.label(WallModel.label(element)))
                            .append(style.close()).append('\n');
                }
            }
            byKind.put(kind, names);
        });
        edges.forEach(edge -> out.append("  ").append(ids.get(edge.get(0))).append(" --> ").append(ids.get(edge.get(1))).append('\n'));
        byKind.forEach((kind, names) -> {
            if (!names.isEmpty()) {
                out.append("  classDef ").append(kind.id()).append(" fill:").append(STYLES.get(kind).fill()).append(",stroke:#333,color:#000\n");
                out.append("  class ").append(String.join(",", names)).append(' ').append(kind.id()).append('\n');
            }
        });
        return out.toString();
    }
}
