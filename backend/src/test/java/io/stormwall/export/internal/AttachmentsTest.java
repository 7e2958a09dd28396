package io.stormwall.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule for the names of downloaded files, for every export. No server. */
@Tag("rules")
class AttachmentsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Subscription billing      | null     | json | subscription-billing.json
            Café billing: Q3          | null     | csv  | cafe-billing-q3.csv
            ../../etc/passwd          | null     | md   | etc-passwd.md
            snake_case & more         | null     | cml  | snake-case-more.cml
            '  ***  '                 | null     | mmd  | board.mmd
            Subscription billing      | Payments | svg  | subscription-billing-payments.svg
            ***                       | Zahlungsströme | png | zahlungsstrome.png
            """)
    void namesEveryExportByOneRule(String title, String part, String extension, String expected) {
        assertThat(Attachments.fileName(title, part, extension)).isEqualTo(expected);
        assertThat(Attachments.disposition(title, part, extension)).isEqualTo("attachment; filename=\"" + expected + "\"");
    }

    @ParameterizedTest
    @CsvSource({"json", "png"})
    void cutsLongTitlesAtEightyCharacters(String extension) {
        String name = Attachments.fileName("word ".repeat(40), extension);
        assertThat(name).endsWith("." + extension).doesNotContain("-." + extension);
        assertThat(name.length() - extension.length() - 1).isLessThanOrEqualTo(80);
    }
}
