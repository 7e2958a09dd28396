package io.stormwall.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
