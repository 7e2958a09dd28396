package io.stormwall.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What travels to live clients when the list changes: the findings new or changed, and the keys gone. */
class ChecksDeltaTest {

    private static final Finding SENDS = finding("event-not-past-tense:a");
    private static final Finding ARROW = finding("event-causes-event:a,b");
    private static final Finding HOTSPOT = finding("hotspot-without-owner:c");

    @Test
    void findingsNewAcceptedOrGoneAreTheChange() {
        Finding accepted = ARROW.withAccepted(new Acceptance("Grace", Instant.parse("2026-11-23T09:12:30Z")));
        ChecksDelta delta = ChecksDelta.between(new Checks(7, true, List.of(SENDS, ARROW)),
                new Checks(9, true, List.of(accepted, HOTSPOT))).orElseThrow();

        assertThat(delta.since()).isEqualTo(7);
        assertThat(delta.seq()).isEqualTo(9);
        assertThat(delta.added()).containsExactly(accepted, HOTSPOT);
        assertThat(delta.removed()).containsExactly(SENDS.key());
    }

    @Test
    void theWholeListGoesFirstAndWhenTheSwitchTurns() {
        Checks on = new Checks(3, true, List.of(SENDS));
        Checks off = new Checks(4, false, List.of());

        assertThat(ChecksDelta.between(null, on)).isEmpty();
        assertThat(ChecksDelta.between(on, off)).isEmpty();
        assertThat(ChecksDelta.between(off, new Checks(5, true, List.of(SENDS)))).isEmpty();
    }

    private static Finding finding(String key) {
        String rule = key.substring(0, key.indexOf(':'));
        return new Finding(key, rule, "warning", List.of(key.substring(key.indexOf(':') + 1).split(",")), "m", "h", null);
    }
}
