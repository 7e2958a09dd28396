package io.stormwall.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.Json;
import io.stormwall.support.StormwallTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Every response carries the security headers; the live endpoint admits only its own and configured origins. */
@StormwallTest
@TestPropertySource(properties = "stormwall.security.allowed-origins=https://workshop.example.org")
class SecurityHeadersTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    SecurityHeadersTest(@LocalServerPort int port) {
        this.port = port;
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        Api.TestBoard board = new Api(port).createBoard("Headers", "free");
        for (String path : new String[] {"/", "/b/" + board.id(), "/api/formats", "/api/boards/" + board.id(),
                "/api/nowhere", "/actuator/health", "/favicon.svg"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("(none) on " + path);
            assertThat(csp).as(path)
                    .contains("script-src 'self';", "style-src 'self';", "frame-ancestors 'none'", "object-src 'none'")
                    .contains("connect-src 'self' ws://localhost:" + port + " wss://localhost:" + port + ";")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
        }
    }

    @Test
    void theLiveEndpointRefusesForeignOriginsAtTheHandshake() {
        assertThat(handshake("https://evil.example")).isEqualTo("refused 403");
        assertThat(handshake("http://localhost:" + port)).isEqualTo("open");
        assertThat(handshake("https://workshop.example.org")).isEqualTo("open");
        assertThat(handshake(null)).isEqualTo("open");
    }

    private String handshake(String origin) {
        WebSocket.Builder builder = http.newWebSocketBuilder();
        if (origin != null) {
            builder.header("Origin", origin);
        }
        try {
            WebSocket socket = builder.buildAsync(URI.create("ws://localhost:" + port + "/ws"), new WebSocket.Listener() {}).join();
            socket.sendText(Json.object("type", "ping", "t", 1).toString(), true);
            socket.abort();
            return "open";
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return "refused " + refused.getResponse().statusCode();
            }
            throw e;
        }
    }
}
