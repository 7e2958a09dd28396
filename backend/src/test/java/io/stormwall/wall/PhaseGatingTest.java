package io.stormwall.wall;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Phase gating and phase changes over REST, against the unlocks the product brief prescribes for each format. */
@StormwallTest
class PhaseGatingTest {

    static final List<String> KINDS = List.of("event", "command", "actor", "policy", "readModel", "hotspot", "aggregate",
            "externalSystem", "boundary", "arrow");

    /** What each phase adds, written out from the brief rather than read from the catalog, so the two are checked. */
    static final Map<String, List<List<String>>> BRIEF = Map.of(
            "process-level", List.of(List.of("event"), List.of(), List.of("command", "actor", "externalSystem", "arrow"),
                    List.of("aggregate"), List.of("policy"), List.of("readModel"), List.of("hotspot"), List.of("boundary")),
            "business-then-engineering", List.of(List.of("event", "actor"), List.of("hotspot"),
                    List.of("command", "policy", "arrow"), List.of("aggregate"), List.of("readModel", "externalSystem")),
            "architecture", List.of(List.of("event", "command", "actor", "hotspot"), List.of(), List.of("aggregate", "boundary"),
                    List.of(), List.of("arrow", "policy", "readModel"), List.of("externalSystem"), List.of(), List.of()),
            "event-modeling", List.of(List.of("event"), List.of(), List.of("command", "readModel", "actor", "arrow"),
                    List.of("aggregate", "boundary"), List.of(), List.of(), List.of(), List.of()),
            "big-picture", List.of(List.of("event"), List.of(), List.of("actor", "externalSystem"), List.of("hotspot"),
                    List.of(), List.of()),
            "free", List.of(KINDS));

    /** Kinds a phase freezes for participants, from the brief: the architecture format keeps the reviewed map. */
    static final Map<String, Map<Integer, List<String>>> FROZEN = Map.of(
            "architecture", Map.of(2, List.of("event", "command", "actor")));

    private final Api api;

    PhaseGatingTest(@LocalServerPort int port) {
        this.api = new Api(port);
    }

    static Stream<String> formats() {
        return BRIEF.keySet().stream().sorted();
    }

    @Test
    void theCatalogServesEveryFormatWithGuidance() {
        JsonNode formats = api.get("/api/formats").json();
        List<String> ids = new ArrayList<>();
        formats.forEach(f -> ids.add(f.get("id").asString()));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(BRIEF.keySet());
        formats.forEach(f -> assertThat(f.propertyNames()).containsExactly("id", "name", "description", "phases"));
        formats.forEach(f -> f.get("phases").forEach(p -> {
            assertThat(p.propertyNames()).containsExactly("id", "name", "unlocks", "timeboxMinutes", "question", "guidance", "freezes", "opens", "silentWriting");
            assertThat(p.get("guidance").asString()).as(f.get("id") + "/" + p.get("id")).isNotBlank();
            assertThat(p.get("question").asString()).isNotBlank();
            assertThat(p.get("name").asString()).isNotBlank();
        }));
    }

    /** Every format × phase × kind: a kind is accepted exactly when the phases so far have unlocked it. */
    @ParameterizedTest
    @MethodSource("formats")
    void eachPhaseAcceptsExactlyTheKindsUnlockedSoFar(String format) {
        List<List<String>> phases = BRIEF.get(format);
        JsonNode catalogued = catalogued(format);
        assertThat(catalogued.get("phases")).hasSize(phases.size());
        Api.TestBoard board = api.createBoard("Gating " + format, format);
        Set<String> unlocked = new LinkedHashSet<>();
        Set<String> frozen = new LinkedHashSet<>();
        for (int index = 1; index <= phases.size(); index++) {
            if (index > 1) {
                Api.Response moved = api.post("/api/boards/" + board.id() + "/phase", "{\"action\":\"next\"}", board.facilitator());
                assertThat(moved.status()).as(moved.body()).isEqualTo(200);
                assertThat(moved.json().get("index").asInt()).isEqualTo(index);
            }
            unlocked.addAll(phases.get(index - 1));
            frozen.addAll(FROZEN.getOrDefault(format, Map.of()).getOrDefault(index, List.of()));
            assertThat(catalogued.get("phases").get(index - 1).get("freezes").valueStream().map(JsonNode::asString).toList())
                    .as("%s phase %d freezes", format, index)
                    .containsExactlyInAnyOrderElementsOf(FROZEN.getOrDefault(format, Map.of()).getOrDefault(index, List.of()));
            assertThat(catalogued.get("phases").get(index - 1).get("unlocks").valueStream().map(JsonNode::asString).toList())
                    .as("%s phase %d in the catalog", format, index)
                    .containsExactlyInAnyOrderElementsOf(phases.get(index - 1));
            for (String kind : KINDS) {
                // Hotspots as the arrow's ends where events may be frozen: hotspots never are.
                Api.Response answer = create(board, kind, FROZEN.containsKey(format) ? "hotspot" : "event");
                String what = format + " phase " + index + " " + kind;
                if (unlocked.contains(kind) && frozen.contains(kind)) {
                    assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(409);
                    assertThat(answer.json().get("code").asString()).as(what).isEqualTo("KIND_FROZEN");
                } else if (unlocked.contains(kind)) {
                    assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(200);
                } else {
                    assertLocked(answer, kind.equals("arrow") ? "ops[2].element.kind" : "ops[0].element.kind", what);
                    assertThat(answer.json().get("detail").asString()).as(what).isEqualTo(lockMessage(format, phases, kind));
                }
            }
        }
    }

    @Test
    void theArchitectureFormatKeepsTheReviewedMapAsItIsForParticipants() {
        Api.TestBoard board = api.createBoard("Architecture", "architecture");
        String event = UUID.randomUUID().toString();
        assertThat(api.ops(board.id(), board.participant(), "e", sticky(event, "event")).status()).isEqualTo(200);
        phase(board, "{\"index\":3}");

        String detail = "Events are frozen since phase 2: Identify aggregate candidates; only the facilitator can change them now.";
        for (Object op : List.of(object("op", "update", "id", event, "set", object("x", 40)), object("op", "delete", "id", event),
                sticky(UUID.randomUUID().toString(), "event"))) {
            Api.Response refused = api.ops(board.id(), board.participant(), "p-" + UUID.randomUUID(), op);
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.json().get("code").asString()).isEqualTo("KIND_FROZEN");
            assertThat(refused.json().get("detail").asString()).isEqualTo(detail);
        }
        assertThat(api.ops(board.id(), board.participant(), "agg", sticky(UUID.randomUUID().toString(), "aggregate")).status())
                .isEqualTo(200);
        assertThat(api.ops(board.id(), board.facilitator(), "fix", object("op", "update", "id", event, "set", object("text", "Fixed")))
                .status()).isEqualTo(200);

        phase(board, "{\"index\":1}");
        assertThat(api.ops(board.id(), board.participant(), "back", object("op", "update", "id", event, "set", object("x", 40)))
                .status()).isEqualTo(200);
    }

    @Test
    void aBatchWithOneLockedCreateIsRefusedWhole() {
        Api.TestBoard board = api.createBoard("Whole batch", "process-level");
        String event = UUID.randomUUID().toString();
        Api.Response answer = api.ops(board.id(), board.participant(), "mixed",
                sticky(event, "event"), sticky(UUID.randomUUID().toString(), "command"));
        assertLocked(answer, "ops[1].element.kind", "event then command");
        assertThat(answer.json().get("detail").asString()).isEqualTo("Commands unlock in phase 3: Commands and actors.");
        JsonNode wall = api.get("/api/boards/" + board.id(), board.observer()).json();
        assertThat(wall.get("elements")).isEmpty();
        assertThat(wall.get("seq").asLong()).isZero();
    }

    @Test
    void changingAnElementIntoALockedKindIsRefusedButOtherChangesOfALockedKindAreNot() {
        Api.TestBoard board = api.createBoard("Kind change", "process-level");
        String event = UUID.randomUUID().toString();
        assertThat(api.ops(board.id(), board.participant(), "e", sticky(event, "event")).status()).isEqualTo(200);
        Api.Response intoCommand = api.ops(board.id(), board.participant(), "k",
                object("op", "update", "id", event, "set", object("kind", "command")));
        assertLocked(intoCommand, "ops[0].set.kind", "event into command");

        phase(board, "{\"index\":3}");
        String command = UUID.randomUUID().toString();
        assertThat(api.ops(board.id(), board.participant(), "c", sticky(command, "command")).status()).isEqualTo(200);
        assertThat(api.ops(board.id(), board.participant(), "k2",
                object("op", "update", "id", event, "set", object("kind", "command"))).status()).isEqualTo(200);

        Api.Response back = phase(board, "{\"action\":\"previous\"}");
        assertThat(back.json().get("index").asInt()).isEqualTo(2);
        JsonNode wall = api.get("/api/boards/" + board.id(), board.observer()).json();
        assertThat(wall.get("elements")).hasSize(2);
        assertThat(wall.get("phase").get("id").asString()).isEqualTo("timeline-ordering");

        Api.Response edited = api.ops(board.id(), board.participant(), "after-back",
                object("op", "update", "id", command, "set", object("text", "Place Order", "x", 40)));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(api.ops(board.id(), board.participant(), "delete-after-back", object("op", "delete", "id", event)).status())
                .isEqualTo(200);
        assertLocked(api.ops(board.id(), board.participant(), "new-after-back", sticky(UUID.randomUUID().toString(), "command")),
                "ops[0].element.kind", "new command after going back");
    }

    @Test
    void onlyTheFacilitatorChangesThePhase() {
        Api.TestBoard board = api.createBoard("Steering", "process-level");
        for (String token : List.of(board.participant(), board.observer())) {
            Api.Response refused = api.post("/api/boards/" + board.id() + "/phase", "{\"action\":\"next\"}", token);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("code").asString()).isEqualTo("FORBIDDEN");
        }
        Api.Response noToken = api.post("/api/boards/" + board.id() + "/phase", "{\"action\":\"next\"}");
        assertThat(noToken.status()).isEqualTo(401);
        JsonNode wall = api.get("/api/boards/" + board.id(), board.observer()).json();
        assertThat(wall.get("phase").get("index").asInt()).isEqualTo(1);
        assertThat(wall.get("seq").asLong()).isZero();
        assertThat(wall.get("phaseHistory")).isEmpty();
    }

    static Stream<Arguments> badPhaseChanges() {
        return Stream.of(
                Arguments.of("{\"index\":0}", "index"),
                Arguments.of("{\"index\":9}", "index"),
                Arguments.of("{\"index\":\"3\"}", "index"),
                Arguments.of("{\"action\":\"previous\"}", "action"),
                Arguments.of("{\"action\":\"jump\"}", "action"),
                Arguments.of("{}", "action"),
                Arguments.of("{\"action\":\"next\",\"index\":2}", "action"),
                Arguments.of("{\"action\":\"next\",\"speed\":2}", "speed"));
    }

    @ParameterizedTest
    @MethodSource("badPhaseChanges")
    void aPhaseChangeOutOfRangeOrMalformedIsRefusedNamingTheField(String body, String field) {
        Api.TestBoard board = api.createBoard("Bad change", "process-level");
        Api.Response refused = api.post("/api/boards/" + board.id() + "/phase", body, board.facilitator());
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.json().get("field").asString()).isEqualTo(field);
    }

    @Test
    void lastPhaseHasNoNext() {
        Api.TestBoard board = api.createBoard("Last", "big-picture");
        assertThat(phase(board, "{\"index\":6}").json().get("id").asString()).isEqualTo("vote");
        Api.Response refused = api.post("/api/boards/" + board.id() + "/phase", "{\"action\":\"next\"}", board.facilitator());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("action");
    }

    @Test
    void everyTransitionIsInTheOpLogAndInTheHistory() {
        Api.TestBoard board = api.createBoard("History", "process-level");
        api.ops(board.id(), board.participant(), "e1", sticky(UUID.randomUUID().toString(), "event"));
        Api.Response next = phase(board, "{\"action\":\"next\"}");
        assertThat(next.body()).isEqualTo("{\"index\":2,\"id\":\"timeline-ordering\",\"name\":\"Timeline ordering\"}");
        phase(board, "{\"index\":5}");
        phase(board, "{\"action\":\"previous\"}");

        JsonNode wall = api.get("/api/boards/" + board.id(), board.participant()).json();
        assertThat(wall.get("seq").asLong()).isEqualTo(4);
        assertThat(wall.get("phase").get("index").asInt()).isEqualTo(4);
        JsonNode history = wall.get("phaseHistory");
        assertThat(history).hasSize(3);
        assertThat(history.get(0).get("seq").asLong()).isEqualTo(2);
        assertThat(history.get(0).get("from").asInt()).isEqualTo(1);
        assertThat(history.get(0).get("to").asInt()).isEqualTo(2);
        assertThat(history.get(1).get("to").asInt()).isEqualTo(5);
        assertThat(history.get(2).get("from").asInt()).isEqualTo(5);
        assertThat(history.get(2).get("to").asInt()).isEqualTo(4);
        history.forEach(t -> {
            assertThat(t.get("by").asString()).isEqualTo("facilitator (API)");
            assertThat(t.get("role").asString()).isEqualTo("facilitator");
        });
        assertThat(java.time.Instant.parse(history.get(2).get("at").asString()))
                .isAfterOrEqualTo(java.time.Instant.parse(history.get(0).get("at").asString()));
    }

    private JsonNode catalogued(String format) {
        for (JsonNode f : api.get("/api/formats").json()) {
            if (f.get("id").asString().equals(format)) {
                return f;
            }
        }
        throw new AssertionError("no format " + format + " in the catalog");
    }

    private Api.Response phase(Api.TestBoard board, String body) {
        Api.Response answer = api.post("/api/boards/" + board.id() + "/phase", body, board.facilitator());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    /** Arrows need two stickies to join; events are unlocked from the first phase of every format. */
    private Api.Response create(Api.TestBoard board, String kind) {
        return create(board, kind, "event");
    }

    /** One element of {@code kind} as a participant; an arrow comes with two stickies of kind {@code ends} to join. */
    private Api.Response create(Api.TestBoard board, String kind, String ends) {
        String id = UUID.randomUUID().toString();
        if (!kind.equals("arrow")) {
            return api.ops(board.id(), board.participant(), "c-" + id, sticky(id, kind));
        }
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        return api.ops(board.id(), board.participant(), "c-" + id, sticky(a, ends), sticky(b, ends),
                object("op", "create", "element", object("id", id, "kind", "arrow", "from", a, "to", b)));
    }

    private static Map<String, Object> sticky(String id, String kind) {
        return object("op", "create", "element", object("id", id, "kind", kind, "text", kind, "x", 0, "y", 0));
    }

    private static void assertLocked(Api.Response answer, String field, String what) {
        assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(409);
        assertThat(answer.json().get("code").asString()).as(what).isEqualTo("PHASE_LOCKED");
        assertThat(answer.json().get("field").asString()).as(what).isEqualTo(field);
    }

    private String lockMessage(String format, List<List<String>> phases, String kind) {
        String plural = Map.of("event", "Events", "command", "Commands", "actor", "Actors", "policy", "Policies",
                "readModel", "Read models", "hotspot", "Hotspots", "aggregate", "Aggregates",
                "externalSystem", "External systems", "boundary", "Bounded contexts", "arrow", "Arrows").get(kind);
        JsonNode f = catalogued(format);
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).contains(kind)) {
                return plural + " unlock in phase " + (i + 1) + ": " + f.get("phases").get(i).get("name").asString() + ".";
            }
        }
        return plural + " are not part of the " + f.get("name").asString() + " format.";
    }
}
