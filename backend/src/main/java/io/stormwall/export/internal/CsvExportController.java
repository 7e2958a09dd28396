package io.stormwall.export.internal;

import io.stormwall.board.Access;
import io.stormwall.board.BoardAccess;
import io.stormwall.board.BoardId;
import io.stormwall.notation.Placement;
import io.stormwall.wall.Element;
import io.stormwall.wall.Wall;
import io.stormwall.wall.WallSnapshot;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** One row per element, for spreadsheets and scripts: {@code GET /api/boards/{id}/export.csv}. */
@RestController
class CsvExportController {

    static final List<String> COLUMNS = List.of("id", "kind", "text", "x", "y", "w", "h", "z", "from", "to", "label",
            "props", "updatedBy", "updatedAt", "aggregate", "boundedContext");
    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final BoardAccess access;
    private final Wall wall;

    CsvExportController(BoardAccess access, Wall wall) {
        this.access = access;
        this.wall = wall;
    }

    @GetMapping("/api/boards/{id}/export.csv")
    ResponseEntity<byte[]> export(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        Access granted = access.require(BoardId.parse(id), authorization);
        WallSnapshot snapshot = wall.snapshot(granted.boardId());
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachments.disposition(snapshot.board().title(), "csv"))
                .body(table(snapshot.elements()).toString().getBytes(StandardCharsets.UTF_8));
    }

    static CsvTable table(List<Element> elements) {
        Placement placement = new Placement(elements);
        CsvTable table = new CsvTable().row(COLUMNS);
        for (Element e : elements) {
            table.row(List.of(e.id().toString(), e.kind().id(), CsvTable.text(e.text()), number(e.x()), number(e.y()),
                    number(e.w()), number(e.h()), Long.toString(e.z()), Objects.toString(e.from(), ""),
                    Objects.toString(e.to(), ""), CsvTable.text(e.label()), e.props().toString(),
                    CsvTable.text(e.updatedBy()), e.updatedAt().toString(),
                    CsvTable.text(placement.aggregateOf(e).map(Element::text).orElse("")),
                    CsvTable.text(placement.contextOf(e).map(Element::text).orElse(""))));
        }
        return table;
    }

    /** 120 rather than 120.0, and never an exponent. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
