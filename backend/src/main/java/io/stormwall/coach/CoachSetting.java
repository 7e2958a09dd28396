package io.stormwall.coach;

import java.util.List;

/** The facilitator's say over the coach on one board: the switch, and the findings accepted, oldest first. */
public record CoachSetting(boolean enabled, List<AcceptedFinding> accepted) {

    public static final CoachSetting DEFAULT = new CoachSetting(true, List.of());

    public CoachSetting {
        accepted = List.copyOf(accepted);
    }
}
