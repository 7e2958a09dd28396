package io.stormwall.collab.internal;

import io.stormwall.web.ErrorCode;
import io.stormwall.web.InputProblem;
import io.stormwall.web.JsonContract;
import io.stormwall.web.ReadableJson;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what clients send: each message is held to its definition in docs/protocol/protocol.schema.json (but for
 * the ops of a batch, which the wall checks) and bound to its {@link ClientMessage} record; what is wrong is named
 * by its JSON path.
 */
final class ClientMessages {

    static final String MALFORMED_MESSAGE = "MALFORMED_MESSAGE";
    static final String INVALID_MESSAGE = "INVALID_MESSAGE";
    static final String UNKNOWN_TYPE = "UNKNOWN_TYPE";
    static final String NOT_JOINED = "NOT_JOINED";
    static final String ALREADY_JOINED = "ALREADY_JOINED";
    static final String RATE_LIMITED = "RATE_LIMITED";
    static final String TOO_MANY_CONNECTIONS = "TOO_MANY_CONNECTIONS";
    static final String PROTOCOL_MISMATCH = "PROTOCOL_MISMATCH";

    /** The protocol version this server speaks: the schema's {@code $defs.protocolVersion}. */
    static final int PROTOCOL_VERSION = JsonContract.get().at(JsonContract.Document.PROTOCOL, "/$defs/protocolVersion/const").asInt();

    /**
     * A message that can't be processed, with its answer: {@code rejected} when it names the batch or control it is
     * (its {@code clientOpId}), else {@code error}, which closes the connection (4400) when {@code fatal}.
     */
    static final class Refusal extends RuntimeException {
        final ServerMessage answer;
        final boolean fatal;

        private Refusal(ServerMessage answer, boolean fatal) {
            // an answer to send, not a fault: no stack trace to fill in
            super(null, null, false, false);
            this.answer = answer;
            this.fatal = fatal;
        }
    }

    private ClientMessages() {}

    /**
     * The protocol version a join speaks when it is not the server's (absent: 1, from clients older than the field);
     * empty for any other message, or when {@code protocol} is no integer (the schema names that).
     */
    static OptionalInt foreignProtocol(JsonNode message, boolean joined) {
        JsonNode protocol = message.path("protocol");
        boolean spoken = protocol.isMissingNode() || protocol.isIntegralNumber() && protocol.canConvertToInt();
        if (joined || !spoken || !"join".equals(message.path("type").asString(""))) {
            return OptionalInt.empty();
        }
        int version = protocol.isMissingNode() ? 1 : protocol.intValue();
        return version == PROTOCOL_VERSION ? OptionalInt.empty() : OptionalInt.of(version);
    }

    /**
     * The message as its record, if its type may be sent now and it holds to the schema. Input that is not readable
     * is not held to the schema at all: its checker fails on numbers beyond a long, and its messages would quote the
     * text.
     */
    static ClientMessage read(JsonNode message, boolean joined) {
        ClientMessageType kind = kindOf(message, joined);
        List<InputProblem> problems = ReadableJson.problemIn(message).map(List::of)
                .orElseGet(() -> kind == ClientMessageType.OPS
                        ? JsonContract.get().problemsAround(JsonContract.Document.PROTOCOL, kind.schema(), message, "ops")
                        : JsonContract.get().problems(JsonContract.Document.PROTOCOL, kind.schema(), message, ""));
        if (!problems.isEmpty()) {
            throw refusal(kind, message, problems);
        }
        return JsonMapper.shared().treeToValue(message, ClientMessage.class);
    }

    /** Before it has joined, a connection is closed for anything but a join or a ping. */
    private static ClientMessageType kindOf(JsonNode message, boolean joined) {
        JsonNode type = message.path("type");
        if (!type.isString()) {
            throw new Refusal(new ServerMessage.Error(INVALID_MESSAGE, "A message is a JSON object with a \"type\".", null, null), !joined);
        }
        ClientMessageType kind = ClientMessageType.of(type.stringValue()).orElse(null);
        if (!joined && (kind == null || !kind.beforeJoin())) {
            throw new Refusal(new ServerMessage.Error(NOT_JOINED, "Send \"join\" first.", null, null), true);
        }
        if (kind == null) {
            throw new Refusal(new ServerMessage.Error(UNKNOWN_TYPE, "Unknown message type '" + abbreviated(type.stringValue()) + "'.",
                    null, null), false);
        }
        if (kind == ClientMessageType.JOIN && joined) {
            throw new Refusal(new ServerMessage.Error(ALREADY_JOINED, "This connection has joined already.", null, null), false);
        }
        return kind;
    }

    /**
     * A fault in what a batch or control asks for is answered like a batch ({@code rejected}, naming the field) when
     * its clientOpId holds to the schema; one in its envelope (a broken clientOpId, an unknown field) or in any other
     * message by {@code error}, which closes the connection when the message was a join.
     */
    private static Refusal refusal(ClientMessageType kind, JsonNode message, List<InputProblem> problems) {
        Set<String> payload = payload(kind);
        InputProblem envelope = problems.stream()
                .filter(p -> p.path().startsWith("clientOpId") || !p.path().equals("$") && !payload.contains(p.path().split("[.\\[]", 2)[0]))
                .findFirst().orElse(null);
        JsonNode clientOpId = message.get("clientOpId");
        if (envelope == null && payload.contains("clientOpId") && clientOpId != null
                && JsonContract.get().problems(JsonContract.Document.PROTOCOL, "clientOpId", clientOpId, "").isEmpty()) {
            InputProblem first = problems.get(0);
            return new Refusal(new ServerMessage.Rejected(clientOpId.stringValue(), ErrorCode.VALIDATION_FAILED,
                    first.message(), first.path()), false);
        }
        InputProblem shown = envelope != null ? envelope : problems.get(0);
        return new Refusal(new ServerMessage.Error(INVALID_MESSAGE, "'" + kind.wire() + "' at " + shown.path() + ": " + shown.message(),
                shown.path(), null), kind == ClientMessageType.JOIN);
    }

    private static Set<String> payload(ClientMessageType kind) {
        return JsonContract.get().properties(JsonContract.Document.PROTOCOL, kind.schema());
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
