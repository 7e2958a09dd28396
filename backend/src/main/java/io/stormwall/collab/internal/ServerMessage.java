package io.stormwall.collab.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.stormwall.coach.Finding;
import io.stormwall.wall.BoardSummary;
import io.stormwall.wall.Element;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A message the server sends (docs/protocol/protocol.schema.json, serverMessage), written with its {@code type}
 * first; roster and linkRotated travel only between nodes. {@code applied} is not here: it is written around the
 * stored ops text (see {@link Messages#applied}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ServerMessage.Welcome.class, name = "welcome"),
    @JsonSubTypes.Type(value = ServerMessage.Snapshot.class, name = "snapshot"),
    @JsonSubTypes.Type(value = ServerMessage.Ack.class, name = "ack"),
    @JsonSubTypes.Type(value = ServerMessage.Rejected.class, name = "rejected"),
    @JsonSubTypes.Type(value = ServerMessage.Presence.class, name = "presence"),
    @JsonSubTypes.Type(value = ServerMessage.ParticipantJoined.class, name = "participantJoined"),
    @JsonSubTypes.Type(value = ServerMessage.ParticipantLeft.class, name = "participantLeft"),
    @JsonSubTypes.Type(value = ServerMessage.Error.class, name = "error"),
    @JsonSubTypes.Type(value = ServerMessage.Pong.class, name = "pong"),
    @JsonSubTypes.Type(value = ServerMessage.Checks.class, name = "checks"),
    @JsonSubTypes.Type(value = ServerMessage.ChecksChanged.class, name = "checksChanged"),
    @JsonSubTypes.Type(value = ServerMessage.Roster.class, name = "roster"),
    @JsonSubTypes.Type(value = ServerMessage.LinkRotated.class, name = "linkRotated")})
sealed interface ServerMessage {

    /** {@code serverTime} lets a client read the timer's end on the server's clock rather than its own. */
    /** {@code origin} is how this client's own batches appear in {@code applied}: only it knows the client id behind it. */
    record Welcome(int protocol, String boardId, String sessionId, String role, String origin, String personId, long seq,
            String catchUp, Collection<Participant> participants, long serverTime) implements ServerMessage {}

    /** {@code votes}: the receiving person's own dots of the voting round, by sticky; nobody else's. */
    /** {@code unseen}: the reader's own stickies of silent writing among {@code elements}; absent when none. */
    record Snapshot(long seq, BoardSummary board, List<Element> elements, Map<UUID, Integer> votes,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<UUID> unseen) implements ServerMessage {}

    record Ack(String clientOpId, long seq, boolean duplicate) implements ServerMessage {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Rejected(String clientOpId, String code, String message, String field) implements ServerMessage {}

    record Presence(Collection<ClientMessage.PresenceUpdate> updates) implements ServerMessage {}

    record ParticipantJoined(Participant participant) implements ServerMessage {}

    record ParticipantLeft(String sessionId) implements ServerMessage {}

    /**
     * {@code field} names the input at fault, as {@code rejected} does, when one is; {@code clientOpId} names the
     * batch the error concerns, if it concerns one.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Error(String code, String message, String field, String clientOpId) implements ServerMessage {}

    record Pong(JsonNode t) implements ServerMessage {}

    /** The notation coach's whole current list for the board. */
    record Checks(long seq, boolean enabled, List<Finding> findings) implements ServerMessage {}

    /** What changed in the coach's list since the one at {@code since}, which the client holds. */
    record ChecksChanged(long since, long seq, List<Finding> added, List<String> removed) implements ServerMessage {}

    /** Between nodes only: who is on the board at the sending node. */
    record Roster(Collection<Participant> participants) implements ServerMessage {}

    /** Between nodes only: a role's link was rotated, so every node closes the sessions holding the old token. */
    record LinkRotated(String role) implements ServerMessage {}
}
