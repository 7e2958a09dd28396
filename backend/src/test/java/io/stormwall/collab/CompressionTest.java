package io.stormwall.collab;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.WsClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The live socket compresses no broadcast (a compression per receiver per batch), yet a large snapshot still travels
 * compressed, once, to a client that asks for it.
 */
@StormwallTest
class CompressionTest {

    private final Api api;
    private final int port;

    CompressionTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void theLiveSocketAcceptsABrowsersOfferOfPermessageDeflateWithoutNegotiatingIt() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            String key = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().substring(0, 16).getBytes(StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            out.write(("GET /ws HTTP/1.1\r\nHost: localhost:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String status = in.readLine();
            List<String> headers = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                headers.add(line.toLowerCase(Locale.ROOT));
            }
            assertThat(status).contains(" 101 ");
            assertThat(headers).noneMatch(header -> header.startsWith("sec-websocket-extensions"));
        }
    }

    @Test
    void aLargeSnapshotGoesOutAsOneCompressedFrameToAClientThatAskedAndAsTextToOneThatDidNot() {
        Api.TestBoard board = api.createBoard("Compressed snapshot", "free");
        String text = "A sticky text long enough that the wall's snapshot passes the size worth compressing. ".repeat(5);
        List<Object> ops = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ops.add(object("op", "create", "element", object("id", UUID.randomUUID().toString(), "kind", "event",
                    "text", text, "x", i * 10, "y", 0)));
        }
        try (WsClient writer = WsClient.join(port, board.id(), board.participant(), "writer-" + UUID.randomUUID(), null)) {
            writer.send(object("type", "ops", "clientOpId", "fill", "ops", ops));
            writer.await("applied");
        }

        try (WsClient asking = WsClient.connect(port, "?snapshot=gzip")) {
            asking.send(object("type", "join", "protocol", WsClient.PROTOCOL, "boardId", board.id(), "token", board.observer(),
                    "clientId", WsClient.secret("asking-" + UUID.randomUUID())));
            asking.awaitWelcome();
            JsonNode snapshot = asking.await("snapshot");
            assertThat(snapshot.get("elements")).hasSize(100);
            assertThat(snapshot.get("elements").get(0).get("text").asString()).isEqualTo(text);
            assertThat(asking.binaryMessages()).isEqualTo(1);
        }
        try (WsClient plain = WsClient.join(port, board.id(), board.observer(), "plain-" + UUID.randomUUID(), null)) {
            assertThat(plain.await("snapshot").get("elements")).hasSize(100);
            assertThat(plain.binaryMessages()).isZero();
        }
    }

    @Test
    void aSmallSnapshotStaysTextEvenWhenCompressionWasAskedFor() {
        Api.TestBoard board = api.createBoard("Small snapshot", "free");
        try (WsClient asking = WsClient.connect(port, "?snapshot=gzip")) {
            asking.send(object("type", "join", "protocol", WsClient.PROTOCOL, "boardId", board.id(), "token", board.observer(),
                    "clientId", WsClient.secret("small-" + UUID.randomUUID())));
            asking.awaitWelcome();
            assertThat(asking.await("snapshot").get("elements")).isEmpty();
            assertThat(asking.binaryMessages()).isZero();
        }
    }
}
