package io.stormwall.board.internal;

import io.stormwall.board.Access;
import io.stormwall.board.Board;
import io.stormwall.board.BoardCreation;
import io.stormwall.board.BoardId;
import io.stormwall.board.CreatedBoard;
import io.stormwall.board.Role;
import io.stormwall.board.RotatedLink;
import io.stormwall.format.FormatCatalog;
import io.stormwall.format.PhaseRef;
import io.stormwall.format.SessionFormat;
import io.stormwall.web.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating boards: the one place that checks a new board's title and format and issues its links. */
@Service
class BoardService implements BoardCreation {

    static final String UNKNOWN_FORMAT = "UNKNOWN_FORMAT";

    private final JdbcBoards boards;
    private final TokenAccess access;
    private final FormatCatalog formats;
    private final CreationGuard guard;

    BoardService(JdbcBoards boards, TokenAccess access, FormatCatalog formats, CreationGuard guard) {
        this.boards = boards;
        this.access = access;
        this.formats = formats;
        this.guard = guard;
    }

    @Override
    @Transactional
    public CreatedBoard create(String requestedTitle, String requestedFormat, String origin) {
        String title = validTitle(requestedTitle);
        SessionFormat format = validFormat(requestedFormat);
        guard.checkRoom();
        BoardId id = BoardId.random();
        Board board = boards.insert(id, title, format.id());
        Map<String, String> tokens = new LinkedHashMap<>();
        Map<String, String> links = new LinkedHashMap<>();
        access.issueTokens(id).forEach((role, token) -> {
            tokens.put(role.id(), token);
            links.put(role.id(), link(origin, id, token));
        });
        // a new wall starts in its format's first phase with nothing in its log (the wall's live state's defaults)
        return new CreatedBoard(board.id(), board.title(), board.format(), PhaseRef.of(format, 1), 0,
                board.createdAt(), tokens, links);
    }

    /** Replaces a role's link (facilitators only); sessions holding the old token are closed when this commits. */
    @Transactional
    RotatedLink rotate(String boardId, String roleId, String authorization, String origin) {
        BoardId id = BoardId.parse(boardId);
        Access by = access.require(id, authorization);
        by.requireSteer();
        Role role = Role.find(roleId).orElseThrow(() -> ApiException.invalid("role",
                "Unknown role '" + abbreviated(roleId) + "': a link belongs to facilitator, participant or observer."));
        String token = access.rotate(by, role);
        return new RotatedLink(role.id(), token, link(origin, id, token));
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** The token travels in the fragment, which browsers never send to servers, so it stays out of access logs. */
    static String link(String origin, BoardId id, String token) {
        return origin + "/b/" + id + "#k=" + token;
    }

    private static String validTitle(String title) {
        String trimmed = title == null ? "" : title.strip();
        if (trimmed.isEmpty()) {
            throw ApiException.invalid("title", "A board needs a title.");
        }
        if (trimmed.length() > MAX_TITLE_LENGTH) {
            throw ApiException.invalid("title", "The title is longer than " + MAX_TITLE_LENGTH + " characters.");
        }
        return trimmed;
    }

    private SessionFormat validFormat(String id) {
        String wanted = id == null ? FormatCatalog.DEFAULT_FORMAT : id;
        return formats.find(wanted).orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, UNKNOWN_FORMAT,
                "Unknown session format '" + wanted + "'. Known formats: " + knownFormats() + ".", "format"));
    }

    private String knownFormats() {
        return String.join(", ", formats.all().stream().map(SessionFormat::id).toList());
    }
}
