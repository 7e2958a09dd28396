package io.stormwall.export.internal.report;

import io.stormwall.format.Phase;
import io.stormwall.format.SessionFormat;
import io.stormwall.wall.PhaseTransition;
import io.stormwall.wall.WallSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The phases a board went through, each with its planned timebox and the time actually spent: from the change that
 * entered it (for the first, the board's creation) to the next change, or to now for the phase the board is in.
 */
final class PhaseTimeline {

    record Stay(int index, String name, Instant entered, String enteredBy, int plannedMinutes, Duration actual, boolean current) {}

    private PhaseTimeline() {}

    static List<Stay> of(WallSnapshot snapshot, Optional<SessionFormat> format, Instant now) {
        List<Stay> stays = new ArrayList<>();
        List<PhaseTransition> history = snapshot.phaseHistory();
        int index = history.isEmpty() ? snapshot.board().phase().index() : history.get(0).from();
        Instant entered = snapshot.board().createdAt();
        String by = null;
        for (PhaseTransition change : history) {
            stays.add(stay(format, index, entered, by, change.at(), false));
            index = change.to();
            entered = change.at();
            by = change.by();
        }
        stays.add(stay(format, index, entered, by, now, true));
        return stays;
    }

    private static Stay stay(Optional<SessionFormat> format, int index, Instant from, String by, Instant until, boolean current) {
        Optional<Phase> phase = format.filter(f -> index >= 1 && index <= f.phaseCount()).map(f -> f.phase(index));
        Duration spent = until.isBefore(from) ? Duration.ZERO : Duration.between(from, until);
        return new Stay(index, phase.map(Phase::name).orElse("Phase " + index), from, by,
                phase.map(Phase::timeboxMinutes).orElse(0), spent, current);
    }

    /** "45 s", "12 min", "1 h 05 min". */
    static String duration(Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = Math.round(seconds / 60.0);
        return minutes < 60 ? minutes + " min" : String.format("%d h %02d min", minutes / 60, minutes % 60);
    }
}
