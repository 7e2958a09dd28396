package io.stormwall.wall.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.stormwall.format.Phase;
import io.stormwall.format.SessionFormat;
import io.stormwall.wall.ElementKind;
import io.stormwall.wall.WallErrors;
import io.stormwall.web.ApiException;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The phase gate as a rule: which kinds a board may gain or touch in a phase. No server, no database. */
@Tag("rules")
class PhaseGateTest {

    private static final SessionFormat FORMAT = new SessionFormat("test", "Test", "", List.of(
            new Phase("explore", "Explore", List.of("event", "hotspot"), 20, "", "", List.of(), List.of()),
            new Phase("commands", "Commands", List.of("command", "actor"), 20, "", "", List.of(), List.of("fields")),
            new Phase("review", "Review", List.of("aggregate"), 0, "", "", List.of("event"), List.of())));

    @Test
    void unlocksKindsPhaseByPhaseAndKeepsThemUnlocked() {
        assertThatNoException().isThrownBy(() -> gate(1, false, false).check(ElementKind.EVENT, "ops[0]"));
        assertThatNoException().isThrownBy(() -> gate(3, false, false).check(ElementKind.COMMAND, "ops[0]"));

        ApiException early = catchThrowableOfType(ApiException.class, () -> gate(1, false, false).check(ElementKind.COMMAND, "ops[0].element.kind"));
        assertThat(early.code()).isEqualTo(WallErrors.PHASE_LOCKED);
        assertThat(early.field()).isEqualTo("ops[0].element.kind");
        assertThat(early.getMessage()).isEqualTo("Commands unlock in phase 2: Commands.");
    }

    @Test
    void namesAKindTheFormatNeverUses() {
        ApiException never = catchThrowableOfType(ApiException.class, () -> gate(3, false, false).check(ElementKind.POLICY, "ops[0]"));
        assertThat(never.getMessage()).isEqualTo("Policies are not part of the Test format.");
    }

    @Test
    void liftedGatingUnlocksEverything() {
        assertThatNoException().isThrownBy(() -> gate(1, true, false).check(ElementKind.POLICY, "ops[0]"));
        assertThatNoException().isThrownBy(() -> gate(3, true, false).checkNotFrozen(ElementKind.EVENT, "ops[0]"));
    }

    @Test
    void frozenKindsAreTheFacilitatorsAlone() {
        assertThatNoException().isThrownBy(() -> gate(2, false, false).checkNotFrozen(ElementKind.EVENT, "ops[0]"));
        assertThatNoException().isThrownBy(() -> gate(3, false, true).checkNotFrozen(ElementKind.EVENT, "ops[0]"));

        ApiException frozen = catchThrowableOfType(ApiException.class, () -> gate(3, false, false).checkNotFrozen(ElementKind.EVENT, "ops[1].id"));
        assertThat(frozen.code()).isEqualTo(WallErrors.KIND_FROZEN);
        assertThat(frozen.getMessage()).isEqualTo("Events are frozen since phase 3: Review; only the facilitator can change them now.");
    }

    @Test
    void fieldsWaitForThePhaseThatOpensThemAndScenariosAreOpenWhenNoPhaseNamesThem() {
        ApiException early = catchThrowableOfType(ApiException.class, () -> gate(1, false, false).checkOpen("fields", "ops[0].set.props.fields"));
        assertThat(early.code()).isEqualTo(WallErrors.PHASE_LOCKED);
        assertThat(early.field()).isEqualTo("ops[0].set.props.fields");
        assertThat(early.getMessage()).isEqualTo("Fields open in phase 2: Commands.");
        assertThatNoException().isThrownBy(() -> gate(3, false, false).checkOpen("fields", "ops[0]"));
        assertThatNoException().isThrownBy(() -> gate(1, true, false).checkOpen("fields", "ops[0]"));
        assertThatNoException().isThrownBy(() -> gate(1, false, false).checkOpen("scenarios", "ops[0]"));
    }

    private static PhaseGate gate(int phase, boolean lifted, boolean steering) {
        return new PhaseGate(FORMAT, phase, lifted, steering);
    }
}
