package io.stormwall.board;

import java.util.Locale;
import java.util.Optional;

/** What a capability link lets its holder do on one board. */
public enum Role {
    FACILITATOR,
    PARTICIPANT,
    OBSERVER;

    public boolean canEdit() {
        return this != OBSERVER;
    }

    /** Facilitator-only acts: steering phases, the timer, freezing, links. */
    public boolean canSteer() {
        return this == FACILITATOR;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    /** The role an id names, or empty for anything else (including other spellings). */
    public static Optional<Role> find(String id) {
        for (Role role : values()) {
            if (role.id().equals(id)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
