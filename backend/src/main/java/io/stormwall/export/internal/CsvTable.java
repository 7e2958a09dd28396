package io.stormwall.export.internal;

import java.util.List;

/**
 * Writes RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled, lines end in CRLF. Text
 * cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) get a
 * leading apostrophe, so a sticky reading "=HYPERLINK(…)" stays text.
 */
final class CsvTable {

    private final StringBuilder out = new StringBuilder();

    /** A row of cells as given: numbers and ids this server wrote. */
    CsvTable row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quoted(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    /** A cell of free text, as people typed it. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return "=+-@\t\r".indexOf(first) >= 0 ? "'" + value : value;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
