package io.stormwall.wall.internal;

import io.stormwall.format.SessionFormat;
import io.stormwall.wall.ElementKind;
import io.stormwall.wall.WallErrors;
import java.util.OptionalInt;

/**
 * The kinds a board may gain at its current phase. Only new kinds are checked, so going back a phase leaves every
 * existing element editable. Kinds the phase has frozen are the exception: a participant may not touch them at all
 * (the facilitator may, and lifting gating lifts freezes too).
 */
record PhaseGate(SessionFormat format, int phaseIndex, boolean lifted, boolean steering) {

    void check(ElementKind kind, String field) {
        if (lifted || format.unlocks(phaseIndex, kind.id())) {
            return;
        }
        OptionalInt at = format.unlockedAt(kind.id());
        String detail = at.isPresent()
                ? kind.plural() + " unlock in phase " + at.getAsInt() + ": " + format.phase(at.getAsInt()).name() + "."
                : kind.plural() + " are not part of the " + format.name() + " format.";
        throw WallErrors.conflict(WallErrors.PHASE_LOCKED, field, detail);
    }

    /** Fields and scenarios wait for the phase that opens them, where the format names one. */
    void checkOpen(String data, String field) {
        if (lifted || format.opens(phaseIndex, data)) {
            return;
        }
        int at = format.openedAt(data).orElseThrow();
        throw WallErrors.conflict(WallErrors.PHASE_LOCKED, field, Character.toUpperCase(data.charAt(0)) + data.substring(1)
                + " open in phase " + at + ": " + format.phase(at).name() + ".");
    }

    void checkNotFrozen(ElementKind kind, String field) {
        if (lifted || steering) {
            return;
        }
        format.frozenSince(kind.id(), phaseIndex).ifPresent(at -> {
            throw WallErrors.conflict(WallErrors.KIND_FROZEN, field, kind.plural() + " are frozen since phase " + at + ": "
                    + format.phase(at).name() + "; only the facilitator can change them now.");
        });
    }
}
