package io.stormwall.wall.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Stickies written unseen at the same place are revealed side by side, not one over the other. */
@Tag("rules")
class FreeSpotTest {

    @Test
    void aStickyThatCoversNoneStaysWhereItsAuthorPutIt() {
        Element sticky = sticky(400, 0);
        assertThat(FreeSpot.clear(sticky, List.of(sticky(0, 0), sticky))).isSameAs(sticky);
    }

    @Test
    void aStickyOverAnotherGoesToTheNearestFreePlaceBelowItElseToItsRight() {
        Element first = sticky(100, 100);
        Element moved = FreeSpot.clear(sticky(110, 120), List.of(first));
        assertThat(moved.x()).isEqualTo(110);
        assertThat(moved.y()).isEqualTo(120 + 120 + FreeSpot.GAP);
        assertThat(moved.version()).as("a changed sticky").isEqualTo(2);

        Element below = sticky(110, 260);
        Element right = FreeSpot.clear(sticky(110, 120), List.of(first, below));
        assertThat(right.x()).isEqualTo(110 + 160 + FreeSpot.GAP);
        assertThat(right.y()).isEqualTo(120);
    }

    @Test
    void cardsContextsAndArrowsAreNotCovered() {
        Element card = element(ElementKind.AGGREGATE, 0, 0, 800, 600);
        Element context = element(ElementKind.BOUNDARY, 0, 0, 1200, 900);
        Element sticky = sticky(100, 100);
        assertThat(FreeSpot.clear(sticky, List.of(card, context))).isSameAs(sticky);
    }

    private static Element sticky(double x, double y) {
        return element(ElementKind.EVENT, x, y, 160, 120);
    }

    private static Element element(ElementKind kind, double x, double y, double w, double h) {
        return new Element(UUID.randomUUID(), kind, "", x, y, w, h, 1, null, null, null, null, 1, "Ada", Instant.now());
    }
}
