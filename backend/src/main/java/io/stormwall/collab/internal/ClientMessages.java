package io.stormwall.collab.internal;

import io.stormwall.web.ApiException;
import io.stormwall.web.InputProblem;
import io.stormwall.web.JsonContract;
import io.stormwall.web.ReadableJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /** A message that can't be processed; {@code fatal} ones also close the connection (4400). */
    static final class Violation extends RuntimeException {
        private final String code;
        private final boolean fatal;
        private final String field;

        Violation(String code, String message, boolean fatal) {
            this(code, message, fatal, null);
        }

        Violation(String code, String message, boolean fatal, String field) {
            super(message);
            this.code = code;
            this.fatal = fatal;
            this.field = field;
        }

        String code() {
            return code;
        }

        boolean fatal() {
            return fatal;
        }

        /** The JSON path of the input at fault, when one is. */
        String field() {
            return field;
        }
    }

    /** A batch or facilitator control whose envelope is fine but whose content is not: answered by {@code rejected}. */
    static final class Refusal extends RuntimeException {
        private final String clientOpId;
        private final ApiException reason;

        Refusal(String clientOpId, ApiException reason) {
            super(reason.getMessage());
            this.clientOpId = clientOpId;
            this.reason = reason;
        }

        String clientOpId() {
            return clientOpId;
        }

        ApiException reason() {
            return reason;
        }
    }

    private ClientMessages() {}

    /**
     * The protocol version a join speaks when it is not the server's (absent: 1, from clients older than the field);
     * empty for any other message, or when {@code protocol} is no integer (the schema names that).
     */
    static OptionalInt foreignProtocol(JsonNode message, boolean joined) {
        if (joined || !message.isObject() || !"join".equals(message.path("type").asString(""))) {
            return OptionalInt.empty();
        }
        JsonNode protocol = message.get("protocol");
        if (protocol != null && !(protocol.isIntegralNumber() && protocol.canConvertToInt())) {
            return OptionalInt.empty();
        }
        int spoken = protocol == null ? 1 : protocol.intValue();
        return spoken == PROTOCOL_VERSION ? OptionalInt.empty() : OptionalInt.of(spoken);
    }

    /** The message as its record, if its type may be sent now and it holds to the schema. */
    static ClientMessage read(JsonNode message, boolean joined) {
        String type = message.isObject() && message.path("type").isString() ? message.get("type").stringValue() : null;
        if (type == null) {
            throw new Violation(INVALID_MESSAGE, "A message is a JSON object with a \"type\".", !joined);
        }
        Optional<ClientMessageType> known = ClientMessageType.of(type);
        if (!joined && !known.map(ClientMessageType::beforeJoin).orElse(false)) {
            throw new Violation(NOT_JOINED, "Send \"join\" first.", true);
        }
        ClientMessageType kind = known.orElseThrow(() -> new Violation(UNKNOWN_TYPE, "Unknown message type '" + abbreviated(type) + "'.", false));
        if (kind == ClientMessageType.JOIN && joined) {
            throw new Violation(ALREADY_JOINED, "This connection has joined already.", false);
        }
        JsonContract contract = JsonContract.get();
        List<InputProblem> problems = ReadableJson.problemIn(message).map(problem -> unreadable(kind, message, problem))
                .orElseGet(() -> kind == ClientMessageType.OPS
                        ? contract.problemsAround(JsonContract.Document.PROTOCOL, kind.schema(), message, "ops")
                        : contract.problems(JsonContract.Document.PROTOCOL, kind.schema(), message, ""));
        if (!problems.isEmpty()) {
            refuse(kind, message, problems);
        }
        return JsonMapper.shared().treeToValue(message, ClientMessage.class);
    }

    /**
     * Input that is not readable is not held to the schema at all (its checker fails on numbers beyond a long, and
     * its messages would quote the text); only the clientOpId is, to tell whether the answer can be a rejection.
     */
    private static List<InputProblem> unreadable(ClientMessageType kind, JsonNode message, InputProblem problem) {
        List<InputProblem> problems = new ArrayList<>(List.of(problem));
        if (JsonContract.get().properties(JsonContract.Document.PROTOCOL, kind.schema()).contains("clientOpId")) {
            JsonNode clientOpId = message.get("clientOpId");
            if (clientOpId == null) {
                problems.add(new InputProblem("clientOpId", "Missing 'clientOpId'."));
            } else {
                problems.addAll(JsonContract.get().problems(JsonContract.Document.PROTOCOL, "clientOpId", clientOpId, "clientOpId"));
            }
        }
        return problems;
    }

    /**
     * A fault in what a batch or control asks for is answered like a batch ({@code rejected}, naming the field); one
     * in its envelope (a broken clientOpId, an unknown field) or in any other message by {@code error}, which closes
     * the connection when the message was a join.
     */
    private static void refuse(ClientMessageType kind, JsonNode message, List<InputProblem> problems) {
        Set<String> payload = JsonContract.get().properties(JsonContract.Document.PROTOCOL, kind.schema());
        InputProblem envelope = problems.stream()
                .filter(p -> p.path().startsWith("clientOpId") || !p.path().equals("$") && !payload.contains(head(p.path())))
                .findFirst().orElse(null);
        if (envelope == null && payload.contains("clientOpId")) {
            InputProblem first = problems.get(0);
            throw new Refusal(message.get("clientOpId").stringValue(), ApiException.invalid(first.path(), first.message()));
        }
        InputProblem shown = envelope != null ? envelope : problems.get(0);
        throw new Violation(INVALID_MESSAGE, "'" + kind.wire() + "' at " + shown.path() + ": " + shown.message(),
                kind == ClientMessageType.JOIN, shown.path());
    }

    /** The top-level field a path is in. */
    private static String head(String path) {
        int end = path.length();
        for (char c : new char[] {'.', '['}) {
            int at = path.indexOf(c);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return path.substring(0, end);
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
