package io.stormwall.collab.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A message a browser sends, bound by its {@code type} once it holds to its definition in
 * docs/protocol/protocol.schema.json (see {@link ClientMessages}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ClientMessage.Join.class, name = "join"),
    @JsonSubTypes.Type(value = ClientMessage.Ops.class, name = "ops"),
    @JsonSubTypes.Type(value = ClientMessage.Presence.class, name = "presence"),
    @JsonSubTypes.Type(value = ClientMessage.Ping.class, name = "ping"),
    @JsonSubTypes.Type(value = ClientMessage.Phase.class, name = "phase"),
    @JsonSubTypes.Type(value = ClientMessage.Gating.class, name = "gating"),
    @JsonSubTypes.Type(value = ClientMessage.Freeze.class, name = "freeze"),
    @JsonSubTypes.Type(value = ClientMessage.Timer.class, name = "timer"),
    @JsonSubTypes.Type(value = ClientMessage.Coach.class, name = "coach"),
    @JsonSubTypes.Type(value = ClientMessage.Accept.class, name = "accept"),
    @JsonSubTypes.Type(value = ClientMessage.Checkpoint.class, name = "checkpoint"),
    @JsonSubTypes.Type(value = ClientMessage.Voting.class, name = "voting"),
    @JsonSubTypes.Type(value = ClientMessage.Vote.class, name = "vote"),
    @JsonSubTypes.Type(value = ClientMessage.Unvote.class, name = "unvote"),
    @JsonSubTypes.Type(value = ClientMessage.Summon.class, name = "summon"),
    @JsonSubTypes.Type(value = ClientMessage.Silent.class, name = "silent")})
sealed interface ClientMessage {

    /** {@code protocol} is checked before a join is read (see {@link ClientMessages#foreignProtocol}). */
    record Join(Integer protocol, String boardId, String token, String clientId, String personKey, Long lastSeq,
            String name, String colour) implements ClientMessage {

        /** Without a key of its own, the person is this client alone. */
        String personSecret() {
            return personKey == null ? clientId : personKey;
        }

        boolean named() {
            return name != null && !name.isBlank();
        }

        /** Nameless people show as Guest, in the grey of the palette. */
        Participant as(String sessionId, String personId, String role) {
            String shown = name == null || name.isBlank() ? "Guest" : name.strip();
            return new Participant(sessionId, personId, shown, colour == null ? "#868e96" : colour, role);
        }
    }

    /** The ops are read by the wall, which holds them to the schema for every transport. */
    record Ops(String clientOpId, JsonNode ops) implements ClientMessage {}

    record Presence(Point cursor, List<String> selection, String editing, List<DragPosition> drag, Viewport viewport)
            implements ClientMessage {
        PresenceUpdate of(Participant who) {
            return new PresenceUpdate(who.sessionId(), who.name(), who.colour(), cursor, selection == null ? List.of() : selection,
                    editing, drag, viewport);
        }
    }

    record Ping(JsonNode t) implements ClientMessage {}

    /** Facilitator controls: each carries the {@code clientOpId} it is answered by, like a batch. */
    sealed interface Steer extends ClientMessage {
        String clientOpId();
    }

    record Phase(String clientOpId, String action, Integer index) implements Steer {}

    record Gating(String clientOpId, boolean lifted) implements Steer {}

    record Freeze(String clientOpId, boolean frozen) implements Steer {}

    /** Silent writing on, or off (which reveals every unseen sticky). */
    record Silent(String clientOpId, boolean on) implements Steer {}

    record Timer(String clientOpId, String action, Integer seconds) implements Steer {}

    /** Switches the notation coach on or off for the board. */
    record Coach(String clientOpId, boolean enabled) implements Steer {}

    /** Marks one of the coach's findings accepted for the board, or takes that back. */
    record Accept(String clientOpId, String key, boolean accepted) implements Steer {}

    /** Keeps the wall as it is now as a named checkpoint. */
    record Checkpoint(String clientOpId, String label) implements Steer {}

    /** Opens, reveals or closes the dot-voting round. */
    record Voting(String clientOpId, String action, Integer votesPerPerson, List<String> kinds) implements Steer {}

    /** One more dot on a sticky, from the sender's person; answered like a batch. */
    record Vote(String clientOpId, UUID element) implements ClientMessage {}

    /** One dot fewer on a sticky, from the sender's person; answered like a batch. */
    record Unvote(String clientOpId, UUID element) implements ClientMessage {}

    /** Brings every other screen on the board to the facilitator's part of the wall. */
    record Summon(String clientOpId, Viewport viewport) implements Steer {}

    record Point(double x, double y) {}

    record DragPosition(String id, double x, double y) {}

    /** A part of the wall in wall coordinates: what a screen shows, so that another can show the same. */
    record Viewport(double x, double y, double w, double h) {}

    /** Someone's presence as everyone on the board is told it. */
    record PresenceUpdate(String sessionId, String name, String colour, Point cursor, List<String> selection,
            String editing, List<DragPosition> drag, Viewport viewport) {}
}
