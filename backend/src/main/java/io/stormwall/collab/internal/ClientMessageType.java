package io.stormwall.collab.internal;

import java.util.Optional;

/**
 * Every message type a client may send (docs/protocol.md), in one place: the socket handler dispatches on it, and
 * the role matrix test enumerates it so that no type goes without an access rule.
 */
public enum ClientMessageType {
    JOIN("join", true, "join"),
    OPS("ops", false, "ops"),
    PHASE("phase", false, "phase"),
    GATING("gating", false, "gating"),
    FREEZE("freeze", false, "freeze"),
    TIMER("timer", false, "timer"),
    COACH("coach", false, "coach"),
    ACCEPT("accept", false, "accept"),
    CHECKPOINT("checkpoint", false, "checkpoint"),
    VOTING("voting", false, "voting"),
    VOTE("vote", false, "vote"),
    UNVOTE("unvote", false, "unvote"),
    SUMMON("summon", false, "summon"),
    SILENT("silent", false, "silent"),
    PRESENCE("presence", false, "clientPresence"),
    PING("ping", true, "ping");

    private final String wire;
    private final boolean beforeJoin;
    private final String schema;

    ClientMessageType(String wire, boolean beforeJoin, String schema) {
        this.wire = wire;
        this.beforeJoin = beforeJoin;
        this.schema = schema;
    }

    /** Its definition in docs/protocol/protocol.schema.json. */
    String schema() {
        return schema;
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
