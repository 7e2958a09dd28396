package io.stormwall.collab.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

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
        registry.addHandler(handler, "/ws").setAllowedOrigins(origins.allowedOrigins().toArray(String[]::new));
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
