package io.stormwall.export;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@StormwallTest
class CsvExportTest {

    private final Api api;
    private final Downloads downloads;

    @Autowired
    CsvExportTest(@LocalServerPort int port) {
        this.api = new Api(port);
        this.downloads = new Downloads(port);
    }

    @Test
    void writesOneRowPerElementWithWhereItLies() {
        WorkshopWall wall = new WorkshopWall(api, "Billing wall");

        Downloads.Download csv = downloads.get(csvPath(wall.board.id()), wall.board.observer());

        assertThat(csv.status()).as(csv.text()).isEqualTo(200);
        assertThat(csv.contentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(csv.disposition()).isEqualTo("attachment; filename=\"billing-wall.csv\"");
        List<List<String>> rows = parse(csv.text());
        assertThat(rows.get(0)).containsExactly("id", "kind", "text", "x", "y", "w", "h", "z", "from", "to", "label",
                "props", "updatedBy", "updatedAt", "aggregate", "boundedContext");
        assertThat(rows).hasSize(8);
        Map<String, Map<String, String>> byId = byId(rows);
        Map<String, String> event = byId.get(wall.event);
        assertThat(event.get("kind")).isEqualTo("event");
        assertThat(event.get("text")).isEqualTo(WorkshopWall.XSS);
        assertThat(event.get("x")).isEqualTo("0");
        assertThat(event.get("w")).isEqualTo("160");
        assertThat(event.get("aggregate")).isEqualTo("Subscription");
        assertThat(event.get("boundedContext")).isEqualTo("Billing");
        assertThat(event.get("updatedBy")).isEqualTo("participant (API)");
        Map<String, String> command = byId.get(wall.command);
        assertThat(command.get("x")).as("numbers are not text to neutralise").isEqualTo("-400");
        assertThat(command.get("aggregate")).isEmpty();
        assertThat(command.get("boundedContext")).isEqualTo("Billing");
        Map<String, String> arrow = byId.get(wall.arrow);
        assertThat(arrow.get("from")).isEqualTo(wall.command);
        assertThat(arrow.get("to")).isEqualTo(wall.event);
        assertThat(arrow.get("label")).isEqualTo("results in");
        assertThat(byId.get(wall.hotspot).get("props")).contains("\"status\":\"open\"");
        assertThat(byId.get(wall.hotspot).get("boundedContext")).isEmpty();
        assertThat(byId.get(wall.aggregate).get("boundedContext")).isEqualTo("Billing");
    }

    /**
     * Two walls where the CSV used to name another context than the report: a sticky on a card that straddles two
     * contexts (the CSV went by the sticky's centre, the report by the card's), and two contexts of the same size
     * (the CSV took the lower id, the report the one on top). Both now read the one rule of placement.
     */
    @Test
    void namesTheSameContextAsTheReport() {
        Api.TestBoard board = api.createBoard("Straddling", "free");
        List<String> ids = Stream.generate(() -> UUID.randomUUID().toString()).limit(2).sorted().toList();
        Api.Response sent = api.ops(board.id(), board.participant(), "straddling",
                object("op", "create", "element", object("kind", "boundary", "text", "Billing", "x", 0, "y", 0, "w", 500, "h", 400)),
                object("op", "create", "element", object("kind", "boundary", "text", "Shipping", "x", 500, "y", 0, "w", 500, "h", 400)),
                object("op", "create", "element", object("kind", "aggregate", "text", "Subscription", "x", 300, "y", 100, "w", 320, "h", 200)),
                object("op", "create", "element", object("kind", "event", "text", "Subscription Renewed", "x", 450, "y", 150)),
                // same size, overlapping: the one on top has the higher id
                object("op", "create", "element", object("id", ids.get(0), "kind", "boundary", "text", "Lower", "x", 0, "y", 1000, "w", 600, "h", 400, "z", 1)),
                object("op", "create", "element", object("id", ids.get(1), "kind", "boundary", "text", "OnTop", "x", 200, "y", 1000, "w", 600, "h", 400, "z", 2)),
                object("op", "create", "element", object("kind", "event", "text", "Parcel Sent", "x", 300, "y", 1100)));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);

        Map<String, String> contextByText = new LinkedHashMap<>();
        byId(parse(downloads.get(csvPath(board.id()), board.observer()).text()))
                .values().forEach(row -> contextByText.put(row.get("text"), row.get("boundedContext")));
        String catalog = ReportExportTest.section(api.get("/api/boards/" + board.id() + "/export.md", board.observer()).body(),
                "1. Event catalog");

        assertThat(contextByText).containsEntry("Subscription Renewed", "Billing").containsEntry("Parcel Sent", "OnTop");
        assertThat(contextInReport(catalog, "Subscription Renewed")).isEqualTo("Billing");
        assertThat(contextInReport(catalog, "Parcel Sent")).isEqualTo("OnTop");
    }

    /** The "### Bounded context: …" heading the event is listed under in the report's event catalog. */
    private static String contextInReport(String catalog, String event) {
        String context = null;
        for (String line : catalog.lines().toList()) {
            if (line.startsWith("### Bounded context: ")) {
                context = line.substring("### Bounded context: ".length());
            } else if (line.startsWith("### ")) {
                context = null;
            } else if (line.equals("- " + event)) {
                return context;
            }
        }
        throw new AssertionError(event + " is not in the event catalog:\n" + catalog);
    }

    @Test
    void neutralisesCellsASpreadsheetWouldRunAsFormulas() {
        WorkshopWall wall = new WorkshopWall(api, "Formulas");

        Map<String, Map<String, String>> byId = byId(parse(downloads.get(csvPath(wall.board.id()), wall.board.facilitator()).text()));

        assertThat(byId.get(wall.command).get("text")).isEqualTo("'=HYPERLINK(\"http://evil\"), \"quoted\"\nsecond line");
        assertThat(byId.get(wall.policy).get("text")).isEqualTo("'+Renew when due");
        assertThat(byId.get(wall.hotspot).get("text")).isEqualTo("'@Who decides?");
        assertThat(byId.get(wall.hotspot).get("props")).contains("\"owner\":\"-Grace\"");
    }

    @Test
    void neutralisesFormulasBehindLeadingBlanks() {
        Api.TestBoard board = api.createBoard("Blanks", "free");
        List<String> typed = List.of(" =1+1", "\u00A0-2", "\n@SUM(A1)", "\r\n\t+3", " plain");
        List<Object> ops = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            ops.add(object("op", "create", "element", object("kind", "event", "text", typed.get(i), "x", i * 200, "y", 0)));
        }
        Api.Response sent = api.ops(board.id(), board.participant(), "blanks", ops.toArray());
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);

        List<String> texts = byId(parse(downloads.get(csvPath(board.id()), board.observer()).text())).values().stream()
                .map(row -> row.get("text")).toList();

        assertThat(texts).contains("' =1+1", "'\u00A0-2", "'\n@SUM(A1)", "'\r\n\t+3", " plain");
    }

    @Test
    void needsTheBoardsToken() {
        WorkshopWall wall = new WorkshopWall(api, "Private");
        Api.TestBoard other = api.createBoard("Other", "free");

        assertThat(downloads.get(csvPath(wall.board.id()), null).status()).isEqualTo(401);
        assertThat(downloads.get(csvPath(wall.board.id()), other.observer()).status()).isEqualTo(404);
    }

    private static String csvPath(String id) {
        return "/api/boards/" + id + "/export.csv";
    }

    private static Map<String, Map<String, String>> byId(List<List<String>> rows) {
        Map<String, Map<String, String>> byId = new LinkedHashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row).hasSameSizeAs(rows.get(0));
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                cells.put(rows.get(0).get(i), row.get(i));
            }
            byId.put(row.get(0), cells);
        }
        return byId;
    }

    /** RFC 4180: CRLF between records, quoted fields may hold commas, CRLF and doubled quotes. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                assertThat(cell).as("a quote only opens a field").isEmpty();
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                assertThat(csv.charAt(i + 1)).as("records end in CRLF").isEqualTo('\n');
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("a bare line feed outside quotes").isNotEqualTo('\n');
                cell.append(c);
            }
        }
        assertThat(quoted).isFalse();
        assertThat(row).isEmpty();
        return rows;
    }
}
