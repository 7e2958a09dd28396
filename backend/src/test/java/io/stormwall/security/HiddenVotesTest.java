package io.stormwall.security;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Until the reveal, no REST read tells where anyone's dots are, not even the facilitator's: every read of the board
 * and every export reads the same whether a person's votes are on one sticky or on another (but for the counters and
 * clocks that move with every batch), and the votes themselves are refused with VOTES_HIDDEN.
 */
@StormwallTest
class HiddenVotesTest {

    private static final List<String> READS = List.of("", "/export.json", "/export.csv", "/export.md", "/export.svg",
            "/export.mmd", "/export.cml", "/export.asyncapi.yaml", "/checks");

    private final Api api;

    HiddenVotesTest(@LocalServerPort int port) {
        this.api = new Api(port);
    }

    @Test
    void everyReadIsTheSameWhereverTheHiddenVotesAre() {
        Api.TestBoard board = api.createBoard("Hidden", "free");
        String left = sticky(board, "Order Placed", 0);
        String right = sticky(board, "Order Shipped", 400);
        api.post(path(board, "/voting"), "{\"action\":\"open\",\"votesPerPerson\":2}", board.facilitator());

        vote(board, left, 2);
        Map<String, String> onLeft = reads(board);
        unvote(board, left, 2);
        vote(board, right, 2);
        Map<String, String> onRight = reads(board);

        assertThat(onRight).isEqualTo(onLeft);
        for (String token : List.of(board.observer(), board.participant(), board.facilitator())) {
            Api.Response votes = api.get(path(board, "/votes"), token);
            assertThat(votes.status()).isEqualTo(409);
            assertThat(votes.json().get("code").asString()).isEqualTo("VOTES_HIDDEN");
        }

        api.post(path(board, "/voting"), "{\"action\":\"close\"}", board.facilitator());
        assertThat(api.get(path(board, "/votes"), board.facilitator()).status())
                .as("a round closed without a reveal keeps its votes hidden").isEqualTo(409);
    }

    /** Every read as the facilitator, digits left out: seq, times and sizes move with every batch, ids and texts don't. */
    private Map<String, String> reads(Api.TestBoard board) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String read : READS) {
            Api.Response response = api.get(path(board, read), board.facilitator());
            assertThat(response.status()).as(read).isEqualTo(200);
            bodies.put(read, response.body().replaceAll("[0-9]", ""));
        }
        return bodies;
    }

    private void vote(Api.TestBoard board, String element, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(api.post(path(board, "/votes"), "{\"element\":\"" + element + "\"}", board.participant()).status()).isEqualTo(200);
        }
    }

    private void unvote(Api.TestBoard board, String element, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(api.delete(path(board, "/votes/" + element), board.participant()).status()).isEqualTo(200);
        }
    }

    private String sticky(Api.TestBoard board, String text, int x) {
        String id = UUID.randomUUID().toString();
        api.ops(board.id(), board.facilitator(), "create-" + id, object("op", "create", "element",
                object("id", id, "kind", "event", "text", text, "x", x, "y", 0)));
        return id;
    }

    private static String path(Api.TestBoard board, String rest) {
        return "/api/boards/" + board.id() + rest;
    }
}
