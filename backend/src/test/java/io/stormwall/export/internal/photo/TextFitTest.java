package io.stormwall.export.internal.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Fitting a sticky's words into its box, by the browser's rule, measured with the server's font. No server. */
@Tag("rules")
class TextFitTest {

    private static final int MAX = 20;
    private static final int MIN = 9;

    @Test
    void aShortTextIsWrittenLargestOnOneLine() {
        TextFit.Fitted fitted = TextFit.fit("Order Placed", 140, 100, Font.PLAIN, MAX, MIN);

        assertThat(fitted.font().getSize()).isEqualTo(MAX);
        assertThat(fitted.lines()).containsExactly("Order Placed");
    }

    @Test
    void moreWordsWrapAtWordBoundariesAndEveryLineFits() {
        String text = "Subscription renewed after the customer confirmed the new payment method";
        TextFit.Fitted fitted = TextFit.fit(text, 140, 100, Font.PLAIN, MAX, MIN);

        assertThat(fitted.lines()).hasSizeGreaterThan(1);
        assertThat(String.join(" ", fitted.lines())).isEqualTo(text);
        assertThat(fitted.lines()).allSatisfy(line -> assertThat(TextFit.width(line, fitted.font())).isLessThanOrEqualTo(140));
        assertThat(fitted.lines().size() * fitted.lineHeight()).isLessThanOrEqualTo(100);
    }

    @Test
    void whatNeverFitsEndsInAnEllipsisAtTheSmallestSize() {
        TextFit.Fitted fitted = TextFit.fit("word ".repeat(400), 140, 100, Font.PLAIN, MAX, MIN);

        assertThat(fitted.font().getSize()).isEqualTo(MIN);
        assertThat(fitted.lines().size() * fitted.lineHeight()).isLessThanOrEqualTo(100);
        assertThat(fitted.lines().get(fitted.lines().size() - 1)).endsWith(TextFit.ELLIPSIS);
    }

    @Test
    void oneLineIsCutWithAnEllipsisOnlyWhenTooWide() {
        Font font = TextFit.font(Font.BOLD, 14);
        assertThat(TextFit.oneLine("Billing", font, 200)).isEqualTo("Billing");
        String cut = TextFit.oneLine("A bounded context with a very long name indeed", font, 120);
        assertThat(cut).endsWith(TextFit.ELLIPSIS);
        assertThat(TextFit.width(cut, font)).isLessThanOrEqualTo(120);
    }
}
