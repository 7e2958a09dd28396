package io.stormwall.collab.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.security.Principal;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.RequestUpgradeStrategy;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;
import org.springframework.web.socket.server.standard.StandardWebSocketUpgradeStrategy;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

/**
 * The one live endpoint, {@code /ws}: browsers on the same origin or a configured one (clients without an Origin
 * header, such as scripts, too).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class SocketConfiguration implements WebSocketConfigurer {

    private final WallSocketHandler handler;
    private final OriginProperties origins;

    SocketConfiguration(WallSocketHandler handler, OriginProperties origins) {
        this.handler = handler;
        this.origins = origins;
    }

    /** Spring lets the same origin through always, and refuses any other not listed with 403. */
    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/ws").setHandshakeHandler(new DefaultHandshakeHandler(new WithoutDeflate()))
                .setAllowedOrigins(origins.allowedOrigins().toArray(String[]::new));
    }

    /**
     * Negotiates no extension, permessage-deflate above all: the web server compresses each connection's every message
     * for it alone, so a batch broadcast to N clients would be compressed N times. Tomcat negotiates from the request's
     * offer and the extensions it has installed, whatever the endpoint lists, so the offer is hidden from it. Large
     * snapshots are compressed once instead ({@link SnapshotFrames}).
     */
    private static final class WithoutDeflate implements RequestUpgradeStrategy {
        private final StandardWebSocketUpgradeStrategy standard = new StandardWebSocketUpgradeStrategy();

        @Override
        public String[] getSupportedVersions() {
            return standard.getSupportedVersions();
        }

        @Override
        public List<WebSocketExtension> getSupportedExtensions(ServerHttpRequest request) {
            return List.of();
        }

        @Override
        public void upgrade(ServerHttpRequest request, ServerHttpResponse response, String protocol,
                List<WebSocketExtension> extensions, Principal user, WebSocketHandler handler, Map<String, Object> attributes) {
            ServerHttpRequest offered = request instanceof ServletServerHttpRequest servlet
                    ? new ServletServerHttpRequest(new WithoutExtensionOffer(servlet.getServletRequest())) : request;
            standard.upgrade(offered, response, protocol, List.of(), user, handler, attributes);
        }
    }

    private static final class WithoutExtensionOffer extends HttpServletRequestWrapper {
        private static final String OFFER = "Sec-WebSocket-Extensions";

        WithoutExtensionOffer(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return OFFER.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return OFFER.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !OFFER.equalsIgnoreCase(name)).toList());
        }
    }

    @Bean
    ServletServerContainerFactoryBean webSocketContainer(CollabProperties properties) {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        // a small buffer per connection: longer messages arrive in pieces the handler gathers (WallSocketHandler)
        container.setMaxTextMessageBufferSize(Math.min(properties.readBufferChars(), properties.maxFrameBytes()));
        container.setMaxBinaryMessageBufferSize(1024);
        container.setAsyncSendTimeout(10_000L);
        container.setMaxSessionIdleTimeout(120_000L);
        return container;
    }
}
