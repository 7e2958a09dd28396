package io.stormwall.board.internal;

import io.stormwall.board.Access;
import io.stormwall.board.BoardAccess;
import io.stormwall.board.BoardId;
import io.stormwall.board.LinkRotated;
import io.stormwall.board.Role;
import io.stormwall.web.ApiException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class TokenAccess implements BoardAccess {

    static final String TOKEN_REQUIRED = "TOKEN_REQUIRED";
    private static final String BEARER = "Bearer ";
    private static final int MAX_TOKEN_LENGTH = 200;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    TokenAccess(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public Map<Role, String> issueTokens(BoardId board) {
        Map<Role, String> tokens = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            String token = TokenHash.newToken();
            jdbc.sql("insert into board_token (board_id, role, token_hash) values (:board, :role, :hash)")
                    .param("board", board.value())
                    .param("role", role.id())
                    .param("hash", TokenHash.of(token))
                    .update();
            tokens.put(role, token);
        }
        return tokens;
    }

    @Override
    public String rotate(Access by, Role role) {
        by.requireSteer();
        String token = TokenHash.newToken();
        jdbc.sql("update board_token set token_hash = :hash, created_at = now() where board_id = :board and role = :role")
                .param("hash", TokenHash.of(token))
                .param("board", by.boardId().value())
                .param("role", role.id())
                .update();
        events.publishEvent(new LinkRotated(by.boardId(), role));
        return token;
    }

    @Override
    public Optional<Access> check(BoardId board, String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        byte[] presented = TokenHash.of(token);
        return jdbc.sql("select role, token_hash from board_token where board_id = :board")
                .param("board", board.value())
                .query((rs, n) -> TokenHash.matches(rs.getBytes("token_hash"), presented) ? Role.fromId(rs.getString("role")) : null)
                .list()
                .stream()
                .filter(Objects::nonNull)
                .findFirst()
                .map(role -> new Access(board, role));
    }

    @Override
    public Access require(BoardId board, String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, TOKEN_REQUIRED,
                    "This needs the board's link: send its token as 'Authorization: Bearer <token>'.");
        }
        return check(board, authorizationHeader.substring(BEARER.length()).strip()).orElseThrow(BoardId::notFound);
    }
}
