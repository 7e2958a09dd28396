package io.stormwall.export;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Stickies named like CML's own keywords, or alike, still give a model Context Mapper accepts. */
@StormwallTest
class ContextMapperNamesTest {

    private final Api api;

    ContextMapperNamesTest(@LocalServerPort int port) {
        this.api = new Api(port);
    }

    @Test
    void everyKeywordOfTheGrammarIsAUsableName() {
        Set<String> keywords = ContextMapperCheck.identifierLikeKeywords();
        assertThat(keywords).contains("Aggregate", "DomainEvent", "BoundedContext", "U", "P");
        Api.TestBoard board = api.createBoard("Keywords", "free");
        List<Map<String, Object>> ops = new ArrayList<>();
        int x = 0;
        for (String keyword : keywords) {
            // each keyword names a context, an aggregate inside it and an event and a command inside that
            ops.add(create("boundary", keyword, x, 0, 500, 500));
            ops.add(create("aggregate", keyword, x + 20, 20, 460, 460));
            ops.add(create("event", keyword, x + 40, 40, 160, 120));
            ops.add(create("command", keyword, x + 240, 40, 160, 120));
            x += 600;
        }
        ops.add(create("event", "", x, 0, 160, 120));
        ops.add(create("event", "42 answers", x, 200, 160, 120));
        for (int from = 0, n = 1; from < ops.size(); from += 500, n++) {
            Api.Response sent = api.ops(board.id(), board.participant(), "k" + n, ops.subList(from, Math.min(ops.size(), from + 500)).toArray());
            assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        }

        String cml = api.get("/api/boards/" + board.id() + "/export.cml", board.observer()).body();

        ContextMapperCheck.Parsed parsed = ContextMapperCheck.parse(cml);
        assertThat(parsed.errors()).as(cml).isEmpty();
        // Context Mapper drops the ^ escape when it reads an id, so keyword-named contexts keep their names (ids that
        // differ only in case are numbered, like "APPLICATION" and "Application2")
        Map<String, Long> sameIgnoringCase = keywords.stream().collect(Collectors.groupingBy(k -> k.toLowerCase(Locale.ROOT), Collectors.counting()));
        assertThat(parsed.model().getBoundedContexts()).hasSize(keywords.size() + 1).extracting(c -> c.getName())
                .containsAll(keywords.stream().filter(k -> k.matches("[A-Z][A-Za-z0-9]*"))
                        .filter(k -> sameIgnoringCase.get(k.toLowerCase(Locale.ROOT)) == 1).toList());
        assertThat(cml).contains("    \"(untitled event)\"\n    DomainEvent UntitledEvent\n", "    \"42 answers\"\n    DomainEvent Event42Answers\n");
    }

    private static Map<String, Object> create(String kind, String text, int x, int y, int w, int h) {
        return object("op", "create", "element", object("id", UUID.randomUUID().toString(), "kind", kind, "text", text, "x", x, "y", y, "w", w, "h", h));
    }
}
