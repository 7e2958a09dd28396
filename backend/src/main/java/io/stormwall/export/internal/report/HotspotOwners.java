package io.stormwall.export.internal.report;

import io.stormwall.export.internal.CsvTable;
import io.stormwall.notation.Placement;
import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import io.stormwall.wall.WallSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hotspot review's wrap-up: who owns which open question, ready to become tickets. One row per hotspot, by
 * owner (those without one last), then context and text; its context by the one containment rule ({@link Placement}).
 * The link names the board and the hotspot but holds no token: a ticket is read by more people than the board's link
 * should reach, and each opens it with the link they were given.
 */
final class HotspotOwners {

    static final List<String> COLUMNS = List.of("owner", "hotspot", "theme", "status", "context", "link");

    private static final Map<String, String> THEMES = themes();

    record Row(String owner, String hotspot, String theme, String status, String context, String link) {}

    private HotspotOwners() {}

    static List<Row> rows(WallSnapshot snapshot, String baseUrl) {
        Placement placement = new Placement(snapshot.elements());
        List<Row> rows = new ArrayList<>();
        for (Element e : snapshot.elements()) {
            if (e.kind() != ElementKind.HOTSPOT) {
                continue;
            }
            rows.add(new Row(prop(e, "owner").strip(), WallModel.oneLine(e.text()), THEMES.getOrDefault(prop(e, "theme"), ""),
                    prop(e, "status").isEmpty() ? "open" : prop(e, "status").replace('-', ' '),
                    placement.contextOf(e).map(c -> WallModel.oneLine(c.text())).orElse(""),
                    baseUrl + "/b/" + snapshot.board().id() + "#e=" + e.id()));
        }
        rows.sort(Comparator.comparing((Row r) -> r.owner().isEmpty())
                .thenComparing(r -> r.owner().toLowerCase(Locale.ROOT))
                .thenComparing(r -> r.context().toLowerCase(Locale.ROOT))
                .thenComparing(r -> r.hotspot().toLowerCase(Locale.ROOT))
                .thenComparing(Row::link));
        return rows;
    }

    static String csv(List<Row> rows) {
        CsvTable table = new CsvTable().row(COLUMNS);
        for (Row r : rows) {
            table.row(List.of(CsvTable.text(r.owner()), CsvTable.text(r.hotspot()), r.theme(), r.status(),
                    CsvTable.text(r.context()), r.link()));
        }
        return table.toString();
    }

    static String markdown(String title, List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append("# Hotspot owners: ").append(MarkdownText.inline(title)).append("\n\n");
        if (rows.isEmpty()) {
            return out.append("No hotspots on the wall.\n").toString();
        }
        long unowned = rows.stream().filter(r -> r.owner().isEmpty()).count();
        out.append(rows.size()).append(rows.size() == 1 ? " hotspot" : " hotspots").append(", ")
                .append(unowned == 0 ? "each with an owner" : unowned + " without an owner").append(".\n");
        Map<String, List<Row>> byOwner = new LinkedHashMap<>();
        for (Row r : rows) {
            byOwner.computeIfAbsent(r.owner(), o -> new ArrayList<>()).add(r);
        }
        byOwner.forEach((owner, owned) -> {
            out.append("\n## ").append(owner.isEmpty() ? "Without an owner" : MarkdownText.inline(owner)).append("\n\n");
            out.append("| Hotspot | Theme | Status | Context | Link |\n|---|---|---|---|---|\n");
            for (Row r : owned) {
                out.append("| ").append(MarkdownText.inline(r.hotspot())).append(" | ").append(orDash(r.theme()))
                        .append(" | ").append(r.status()).append(" | ").append(orDash(MarkdownText.inline(r.context())))
                        .append(" | <").append(r.link()).append("> |\n");
            }
        });
        return out.toString();
    }

    private static String orDash(String text) {
        return text.isEmpty() ? "—" : text;
    }

    private static String prop(Element e, String key) {
        return e.props() == null ? "" : e.props().path(key).asString("");
    }

    private static Map<String, String> themes() {
        Map<String, String> themes = new LinkedHashMap<>();
        themes.put("invariant", "Unclear invariant");
        themes.put("boundary", "Boundary to split or merge");
        themes.put("api", "API to design");
        themes.put("integration", "External integration");
        themes.put("process-gap", "Gap in the process map");
        return themes;
    }
}
