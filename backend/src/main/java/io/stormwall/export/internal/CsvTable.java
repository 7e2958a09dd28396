package io.stormwall.export.internal;

import java.util.List;

/**
 * Writes RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled, lines end in CRLF. Text
 * cells that a spreadsheet would run as a formula get a leading apostrophe, so a sticky reading "=HYPERLINK(…)"
 * stays text: those starting with = + - @, a tab or a carriage return, and those whose first character after
 * leading blanks (spaces, no-break spaces, tabs, line breaks) is one of = + - @, because spreadsheets skip such
 * blanks before they look for a formula.
 */
public final class CsvTable {

    private final StringBuilder out = new StringBuilder();

    /** A row of cells as given: numbers and ids this server wrote. */
    public CsvTable row(List<String> cells) {
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
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 || startsFormulaAfterBlanks(value) ? "'" + value : value;
    }

    private static boolean startsFormulaAfterBlanks(String value) {
        int i = 0;
        while (i < value.length() && isBlank(value.charAt(i))) {
            i++;
        }
        return i < value.length() && "=+-@".indexOf(value.charAt(i)) >= 0;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
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
