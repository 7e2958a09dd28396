package io.stormwall.wall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stormwall.web.ApiException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The countdown's rules on a fixed clock: no server, no waiting. */
@Tag("rules")
class TimerActionTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Duration TIMEBOX = Duration.ofMinutes(20);

    @Test
    void startCountsDownThePhasesTimeboxOrTheGivenLength() {
        assertThat(new TimerAction.Start(null).apply(WallTimer.IDLE, T0, TIMEBOX))
                .isEqualTo(WallTimer.running(TIMEBOX, T0.plus(TIMEBOX)));
        assertThat(new TimerAction.Start(Duration.ofSeconds(90)).apply(WallTimer.IDLE, T0, TIMEBOX).endsAt())
                .isEqualTo(T0.plusSeconds(90));
        assertThatThrownBy(() -> new TimerAction.Start(null).apply(WallTimer.IDLE, T0, Duration.ZERO))
                .isInstanceOf(ApiException.class).hasMessageContaining("no default timebox");
    }

    @Test
    void pauseKeepsWhatIsLeftAndResumeCountsOnFromThere() {
        WallTimer running = WallTimer.running(TIMEBOX, T0.plus(TIMEBOX));
        WallTimer paused = new TimerAction.Pause().apply(running, T0.plusSeconds(300), TIMEBOX);
        assertThat(paused).isEqualTo(WallTimer.paused(TIMEBOX, Duration.ofMinutes(15)));
        assertThat(paused.remainingAt(T0.plusSeconds(9999))).isEqualTo(Duration.ofMinutes(15));

        WallTimer resumed = new TimerAction.Resume().apply(paused, T0.plusSeconds(600), TIMEBOX);
        assertThat(resumed.endsAt()).isEqualTo(T0.plusSeconds(600).plus(Duration.ofMinutes(15)));
    }

    @Test
    void refusesWhatTheTimerCannotDoNow() {
        assertThatThrownBy(() -> new TimerAction.Pause().apply(WallTimer.IDLE, T0, TIMEBOX)).hasMessage("The timer is not running.");
        assertThatThrownBy(() -> new TimerAction.Resume().apply(WallTimer.IDLE, T0, TIMEBOX)).hasMessage("The timer is not paused.");
        assertThatThrownBy(() -> new TimerAction.Extend(Duration.ofMinutes(1)).apply(WallTimer.IDLE, T0, TIMEBOX))
                .hasMessage("There is no timer to extend; start one.");
        WallTimer upAlready = WallTimer.running(TIMEBOX, T0);
        assertThatThrownBy(() -> new TimerAction.Pause().apply(upAlready, T0.plusSeconds(1), TIMEBOX))
                .hasMessage("The time is up already: extend or reset the timer.");
    }

    @Test
    void extendingARunOutTimerCountsAgainFromNow() {
        WallTimer upAlready = WallTimer.running(TIMEBOX, T0);
        WallTimer extended = new TimerAction.Extend(Duration.ofMinutes(5)).apply(upAlready, T0.plusSeconds(60), TIMEBOX);
        assertThat(extended.endsAt()).isEqualTo(T0.plusSeconds(60).plus(Duration.ofMinutes(5)));
        assertThat(extended.duration()).isEqualTo(Duration.ofMinutes(25));
        assertThat(new TimerAction.Reset().apply(extended, T0, TIMEBOX)).isEqualTo(WallTimer.IDLE);
    }

    @Test
    void readsTheActionsItKnowsAndNamesTheFieldOfAnyOther() {
        JsonMapper json = JsonMapper.builder().build();
        assertThat(TimerAction.parse(json.readTree("{\"action\":\"start\",\"seconds\":60}")))
                .isEqualTo(new TimerAction.Start(Duration.ofSeconds(60)));
        assertThat(TimerAction.parse(json.readTree("{\"action\":\"reset\"}"))).isEqualTo(new TimerAction.Reset());
        assertThatThrownBy(() -> TimerAction.parse(json.readTree("{\"action\":\"pause\",\"seconds\":5}")))
                .isInstanceOf(ApiException.class).extracting(e -> ((ApiException) e).field()).isEqualTo("seconds");
        assertThatThrownBy(() -> TimerAction.parse(json.readTree("{\"action\":\"extend\",\"seconds\":0}")))
                .hasMessage("'seconds' must be a whole number from 1 to 86400.");
        assertThatThrownBy(() -> TimerAction.parse(json.readTree("{\"action\":\"stop\"}")))
                .extracting(e -> ((ApiException) e).field()).isEqualTo("action");
    }
}
