package io.stormwall.collab.internal;

import io.stormwall.board.Attendance;
import io.stormwall.board.BoardAccess;
import io.stormwall.board.BoardId;
import io.stormwall.coach.Coach;
import io.stormwall.wall.Checkpoints;
import io.stormwall.wall.EditOutcome;
import io.stormwall.wall.Facilitation;
import io.stormwall.wall.Origin;
import io.stormwall.wall.PersonId;
import io.stormwall.wall.Reach;
import io.stormwall.wall.PhaseChange;
import io.stormwall.wall.TimerAction;
import io.stormwall.wall.Voting;
import io.stormwall.wall.VotingAction;
import io.stormwall.wall.Wall;
import io.stormwall.web.ApiException;
import io.stormwall.web.ErrorCode;
import jakarta.websocket.Session;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Speaks the live protocol of docs/protocol.md with each connected browser. */
@Component
class WallSocketHandler extends TextWebSocketHandler implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WallSocketHandler.class);

    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final Map<String, Integer> connectionsFrom = new ConcurrentHashMap<>();
    private final ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor(Threads.daemon("ws-closer"));
    private final JsonMapper json;
    private final BoardAccess access;
    private final Wall wall;
    private final Facilitation facilitation;
    private final Rooms rooms;
    private final Messages messages;
    private final CollabProperties properties;
    private final Attendance attendance;
    private final Coach coach;
    private final EditThreads editThreads;
    private final GroupCommit commits;
    private final Checkpoints checkpoints;
    private final Voting voting;

    WallSocketHandler(JsonMapper json, BoardAccess access, Wall wall, Facilitation facilitation, Rooms rooms, Messages messages,
            CollabProperties properties, Attendance attendance, Coach coach, EditThreads editThreads, GroupCommit commits,
            Checkpoints checkpoints, Voting voting) {
        this.checkpoints = checkpoints;
        this.voting = voting;
        this.json = json;
        this.access = access;
        this.wall = wall;
        this.facilitation = facilitation;
        this.rooms = rooms;
        this.messages = messages;
        this.properties = properties;
        this.attendance = attendance;
        this.coach = coach;
        this.editThreads = editThreads;
        this.commits = commits;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        Session nativeSession = ((NativeWebSocketSession) session).getNativeSession(Session.class);
        Client client = new Client(session, new Outbox(nativeSession, properties.sendBufferBytes(),
                outbox -> closeTooSlow(session)), address(session), properties,
                editThreads.lineFor(properties));
        if (connectionsFrom.merge(client.address, 1, Integer::sum) > properties.maxConnectionsPerAddress()) {
            // never registered: nothing it sends is read, and closing it counts nothing down
            connectionsFrom.computeIfPresent(client.address, (address, count) -> count > 1 ? count - 1 : null);
            refuseConnection(client, "More than " + properties.maxConnectionsPerAddress()
                    + " live connections from one address (stormwall.collab.max-connections-per-address).");
            return;
        }
        clients.put(session.getId(), client);
        closer.schedule(() -> {
            if (client.joined() == null && session.isOpen()) {
                close(session, CloseCodes.PROTOCOL_VIOLATION.withReason("no join within " + properties.joinTimeout().toSeconds() + " s"));
            }
        }, properties.joinTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Closes a client found too slow, later and on the closer's thread. It is told from inside a send's completion,
     * which may run within the web server's write: it must not throw there, not even once the closer has stopped
     * with the server (the connection goes with the server then).
     */
    private void closeTooSlow(WebSocketSession session) {
        try {
            closer.execute(() -> close(session, CloseCodes.TOO_SLOW));
        } catch (RejectedExecutionException stopping) {
            log.debug("Not closing a slow client: the live wall is stopping");
        }
    }

    /** Messages longer than the small read buffer arrive in pieces: gathering them here keeps idle connections cheap. */
    @Override
    public boolean supportsPartialMessages() {
        return true;
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage piece) {
        Client client = clients.get(session.getId());
        if (client == null) {
            return;
        }
        TextPieces.Result gathered = client.pieces.add(piece.getPayload(), piece.isLast());
        if (gathered instanceof TextPieces.TooLong) {
            closeLater(session, CloseStatus.TOO_BIG_TO_PROCESS.withReason("message larger than " + properties.maxFrameBytes()));
            return;
        }
        if (!(gathered instanceof TextPieces.Whole whole)) {
            return;
        }
        TextMessage frame = new TextMessage(whole.message());
        if (!client.messages.take()) {
            client.send(messages.write(new ServerMessage.Error(ClientMessages.RATE_LIMITED, "Too many messages: at most "
                    + (int) properties.messagesPerSecond() + " a second; this one was not processed.", null, clientOpIdOf(frame))));
            return;
        }
        JsonNode message;
        try {
            message = json.readTree(frame.getPayload());
        } catch (JacksonException e) {
            client.send(messages.write(new ServerMessage.Error(ClientMessages.MALFORMED_MESSAGE, "The message is not valid JSON.", null, null)));
            return;
        }
        OptionalInt foreign = ClientMessages.foreignProtocol(message, client.joined() != null);
        if (foreign.isPresent()) {
            refuseProtocol(client, foreign.getAsInt());
            return;
        }
        try {
            dispatch(client, ClientMessages.read(message, client.joined() != null), message);
        } catch (ClientMessages.Refusal r) {
            client.send(messages.write(r.answer));
            if (r.fatal) {
                closeLater(session, CloseCodes.PROTOCOL_VIOLATION);
            }
        } catch (RuntimeException e) {
            log.error("Failed to handle a message", e);
            client.send(messages.write(new ServerMessage.Error(ErrorCode.INTERNAL_ERROR,
                    "Something went wrong on the server; the message was not applied.", null, null)));
        }
    }

    private void dispatch(Client client, ClientMessage message, JsonNode raw) {
        if (message instanceof ClientMessage.Join join) {
            join(client, join);
        } else if (message instanceof ClientMessage.Ops ops) {
            answer(client, ops.clientOpId(), Reach.of(ops.ops()), who -> wall.apply(who.access(), who.origin(), who.person(),
                    ops.clientOpId(), ops.ops(), who.participant().name()));
        } else if (message instanceof ClientMessage.Steer steer) {
            answer(client, steer.clientOpId(), Reach.NONE, who -> steer(who, steer, raw));
        } else if (message instanceof ClientMessage.Vote vote) {
            answer(client, vote.clientOpId(), Reach.NONE, who -> voting.vote(who.access(), who.origin(), who.person(), vote.clientOpId(),
                    vote.element(), true, who.participant().name()));
        } else if (message instanceof ClientMessage.Unvote unvote) {
            answer(client, unvote.clientOpId(), Reach.NONE, who -> voting.vote(who.access(), who.origin(), who.person(), unvote.clientOpId(),
                    unvote.element(), false, who.participant().name()));
        } else if (message instanceof ClientMessage.Presence presence) {
            rooms.presence(client, presence.of(client.joined().participant()));
        } else if (message instanceof ClientMessage.Ping ping) {
            client.send(messages.write(new ServerMessage.Pong(ping.t())));
        }
    }

    /** Told before the join is held to the schema: a client of another version would only learn of a field it lacks. */
    private void refuseProtocol(Client client, int spoken) {
        client.send(messages.write(new ServerMessage.Error(ClientMessages.PROTOCOL_MISMATCH, "Protocol " + spoken + " is "
                + (spoken < ClientMessages.PROTOCOL_VERSION ? "no longer" : "not") + " supported; this server speaks "
                + ClientMessages.PROTOCOL_VERSION + ": reload the page.", null, null)));
        closeLater(client.session, CloseCodes.PROTOCOL_MISMATCH);
    }

    private void join(Client client, ClientMessage.Join join) {
        var granted = access.check(BoardId.parse(join.boardId()), join.token());
        if (granted.isEmpty()) {
            close(client.session, CloseCodes.UNAUTHORIZED);
            return;
        }
        PersonId person = PersonId.of(granted.get().boardId(), join.personSecret());
        Participant participant = join.as("s-" + client.session.getId(), person.value(), granted.get().role().id());
        if (join.named()) {
            // for the report's participants, before the welcome so that whoever is welcomed is listed; a person who
            // gave no name is nobody's "Guest" there
            attendance.joined(granted.get().boardId(), participant.name(), granted.get().role());
        }
        client.join(new Client.Joined(granted.get(), Origin.of(granted.get().boardId(), join.clientId()), person, participant));
        if (!rooms.join(client, join.lastSeq())) {
            client.join(null);
            refuseConnection(client, "This board has its maximum of " + properties.maxConnectionsPerBoard()
                    + " live connections (stormwall.collab.max-connections-per-board).");
            return;
        }
        // A rotation that committed between the check and joining the room found no session to close: look again.
        if (access.check(granted.get().boardId(), join.token()).isEmpty()) {
            closeLater(client.session, CloseCodes.LINK_ROTATED);
        }
    }

    /**
     * A batch or facilitator control: answered by the broadcast {@code applied}, by {@code ack} or by {@code rejected},
     * once its board's next group ({@link GroupCommit}) has committed; refused at once over the rate or in-flight limit.
     */
    private void answer(Client client, String clientOpId, Reach reach, Function<Client.Joined, EditOutcome> act) {
        if (!client.edits.take()) {
            client.send(messages.rejected(clientOpId, rateLimited()));
            return;
        }
        Client.Joined who = client.joined();
        switch (client.batches.admit()) {
            case ADMITTED -> commits.queue(who.access().boardId(), new GroupCommit.Pending(client, who, clientOpId, reach, act));
            case FULL -> client.send(messages.rejected(clientOpId, new ApiException(HttpStatus.TOO_MANY_REQUESTS,
                    ClientMessages.RATE_LIMITED, "Too many batches in flight: at most " + properties.maxBatchesInFlight()
                            + " unanswered at once; this one was not applied. Send it again once earlier ones are answered.")));
            case STOPPED -> { } // the connection is closing for a resend: the client sends this batch again
        }
    }

    private EditOutcome steer(Client.Joined who, ClientMessage.Steer steer, JsonNode raw) {
        who.access().requireSteer();
        String name = who.participant().name();
        if (steer instanceof ClientMessage.Phase phase) {
            return facilitation.changePhase(who.access(), who.origin(), phase.clientOpId(), PhaseChange.parse(raw), name).outcome();
        } else if (steer instanceof ClientMessage.Gating gating) {
            return facilitation.liftGating(who.access(), who.origin(), gating.clientOpId(), gating.lifted(), name);
        } else if (steer instanceof ClientMessage.Timer timer) {
            return facilitation.runTimer(who.access(), who.origin(), timer.clientOpId(), TimerAction.parse(raw), name).outcome();
        } else if (steer instanceof ClientMessage.Coach switched) {
            return coach.switchCoach(who.access(), who.origin(), switched.clientOpId(), switched.enabled(), name);
        } else if (steer instanceof ClientMessage.Accept accept) {
            return coach.accept(who.access(), who.origin(), accept.clientOpId(), accept.key(), accept.accepted(), name);
        } else if (steer instanceof ClientMessage.Checkpoint checkpoint) {
            return checkpoints.take(who.access(), who.origin(), checkpoint.clientOpId(), checkpoint.label(), name);
        } else if (steer instanceof ClientMessage.Voting round) {
            return voting.steer(who.access(), who.origin(), round.clientOpId(), VotingAction.parse(raw), name);
        } else if (steer instanceof ClientMessage.Silent silent) {
            return facilitation.silent(who.access(), who.origin(), silent.clientOpId(), silent.on(), name);
        } else if (steer instanceof ClientMessage.Summon summon) {
            return facilitation.summon(who.access(), who.origin(), summon.clientOpId(), raw.get("viewport"), name);
        }
        ClientMessage.Freeze freeze = (ClientMessage.Freeze) steer;
        return facilitation.freeze(who.access(), who.origin(), freeze.clientOpId(), freeze.frozen(), name);
    }

    private ApiException rateLimited() {
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, ClientMessages.RATE_LIMITED, "Too many edits: at most "
                + (int) properties.editsPerSecond() + " batches a second; this one was not applied.");
    }

    private void refuseConnection(Client client, String why) {
        client.send(messages.write(new ServerMessage.Error(ClientMessages.TOO_MANY_CONNECTIONS, why, null, null)));
        closeLater(client.session, CloseCodes.TOO_MANY_CONNECTIONS);
    }

    /** Which batch a message dropped unread was, so that its sender knows which one to send again. */
    private String clientOpIdOf(TextMessage frame) {
        try {
            JsonNode clientOpId = json.readTree(frame.getPayload()).path("clientOpId");
            return clientOpId.isString() ? clientOpId.asString() : null;
        } catch (JacksonException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static String address(WebSocketSession session) {
        InetSocketAddress remote = session.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Client client = clients.remove(session.getId());
        if (client != null) {
            connectionsFrom.computeIfPresent(client.address, (address, count) -> count > 1 ? count - 1 : null);
            client.outbox.close();
            client.batches.stop();
            rooms.leave(client);
        }
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    /**
     * Stops before the web server drains (the default phase stops first), telling every client the server is going
     * away (1001) so it reconnects, to another node or to this one when it is back, with its lastSeq.
     */
    @Override
    public void stop() {
        running = false;
        clients.values().forEach(client -> client.outbox.closeAfterWrite(() -> close(client.session, CloseStatus.GOING_AWAY)));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void destroy() {
        closer.shutdownNow();
    }

    /** Binary frames are not part of the protocol; one longer than the binary buffer arrives in pieces. */
    @Override
    protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) {
        closeLater(session, message.isLast() ? CloseStatus.NOT_ACCEPTABLE.withReason("binary frames are not part of the protocol")
                : CloseStatus.TOO_BIG_TO_PROCESS);
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.debug("Transport error on {}: {}", session.getId(), exception.getMessage());
    }

    /**
     * Closing may block on a stuck connection, so it never happens on a thread that broadcasts; and it waits for what
     * is being written to the client (the error saying why) to go, see {@link Outbox#closeAfterWrite}.
     */
    private void closeLater(WebSocketSession session, CloseStatus status) {
        Client client = clients.get(session.getId());
        Runnable close = () -> closer.execute(() -> close(session, status));
        if (client == null) {
            close.run();
        } else {
            client.outbox.closeAfterWrite(close);
        }
    }

    private static void close(WebSocketSession session, CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException | RuntimeException e) {
            log.debug("Closing {} failed: {}", session.getId(), e.getMessage());
        }
    }
}
