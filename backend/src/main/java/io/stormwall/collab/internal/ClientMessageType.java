package io.stormwall.collab.internal;

import java.util.Optional;

/**
 * Every message type a client may send (docs/protocol.md), in one place: the socket handler dispatches on it, and
 * the role matrix test enumerates it so that no type goes without an access rule.
 */
public enum ClientMessageType {
    JOIN("join", true),
    OPS("ops", false),
    PHASE("phase", false),
    GATING("gating", false),
    FREEZE("freeze", false),
    TIMER("timer", false),
    PRESENCE("presence", false),
    PING("ping", true);

    private final String wire;
    private final boolean beforeJoin;

    ClientMessageType(String wire, boolean beforeJoin) {
        this.wire = wire;
        this.beforeJoin = beforeJoin;
    }

    /** The {@code type} as it travels. */
    public String wire() {
        return wire;
    }

    /** Whether a connection may send it before it has joined a board. */
    boolean beforeJoin() {
        return beforeJoin;
    }

    static Optional<ClientMessageType> of(String wire) {
        for (ClientMessageType type : values()) {
            if (type.wire.equals(wire)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
