package io.stormwall.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 4180 and formula neutralising, as rules. No server. */
@Tag("rules")
class CsvTableTest {

    @Test
    void quotesOnlyWhatNeedsQuotingAndEndsLinesInCrlf() {
        String csv = new CsvTable()
                .row(List.of("id", "text"))
                .row(List.of("1", "plain"))
                .row(List.of("2", "a, b"))
                .row(List.of("3", "say \"hi\""))
                .row(List.of("4", "two\nlines"))
                .toString();

        assertThat(csv).isEqualTo("id,text\r\n1,plain\r\n2,\"a, b\"\r\n3,\"say \"\"hi\"\"\"\r\n4,\"two\nlines\"\r\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            =HYPERLINK("x")  | '=HYPERLINK("x")
            +Renew when due  | '+Renew when due
            -Grace           | '-Grace
            @Who decides?    | '@Who decides?
            Order Placed     | Order Placed
            a=b              | a=b
            """)
    void keepsTextASpreadsheetWouldRunAsAFormulaText(String typed, String written) {
        assertThat(CsvTable.text(typed)).isEqualTo(written);
    }

    /** Spreadsheets skip leading blanks before they look for a formula. */
    @Test
    void keepsAFormulaBehindLeadingBlanksText() {
        assertThat(CsvTable.text(" =1+1")).isEqualTo("' =1+1");
        assertThat(CsvTable.text("   +Renew")).isEqualTo("'   +Renew");
        assertThat(CsvTable.text("\u00A0-2")).isEqualTo("'\u00A0-2");
        assertThat(CsvTable.text("\u00A0 \u00A0@SUM(A1)")).isEqualTo("'\u00A0 \u00A0@SUM(A1)");
        assertThat(CsvTable.text("\n=cmd|' /C calc'!A0")).isEqualTo("'\n=cmd|' /C calc'!A0");
        assertThat(CsvTable.text("\r\n+1")).isEqualTo("'\r\n+1");
        assertThat(CsvTable.text(" \t =2")).isEqualTo("' \t =2");
    }

    @Test
    void leavesLeadingBlanksBeforeOrdinaryTextAlone() {
        assertThat(CsvTable.text(" plain text")).isEqualTo(" plain text");
        assertThat(CsvTable.text("\n second line")).isEqualTo("\n second line");
        assertThat(CsvTable.text(" a=b")).isEqualTo(" a=b");
        assertThat(CsvTable.text("   ")).isEqualTo("   ");
    }

    @Test
    void writesNoCellForNoText() {
        assertThat(CsvTable.text(null)).isEmpty();
        assertThat(CsvTable.text("")).isEmpty();
        assertThat(CsvTable.text("\tindented")).isEqualTo("'\tindented");
    }
}
