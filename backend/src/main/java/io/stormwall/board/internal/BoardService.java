package io.stormwall.board.internal;

import io.stormwall.board.BoardId;
import io.stormwall.phase.FormatCatalog;
import io.stormwall.phase.PhaseRef;
import io.stormwall.phase.SessionFormat;
import io.stormwall.web.ApiException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

@Service
class BoardService {

    static final int MAX_TITLE_LENGTH = 200;
    static final String UNKNOWN_FORMAT = "UNKNOWN_FORMAT";

    private final Boards boards;
    private final FormatCatalog formats;

    BoardService(Boards boards, FormatCatalog formats) {
        this.boards = boards;
        this.formats = formats;
    }

    BoardView create(CreateBoardRequest request) {
        String title = validTitle(request.title());
        SessionFormat format = validFormat(request.format());
        Board board = boards.insert(BoardId.random(), title, format.id());
        return view(board, format, null);
    }

    BoardView get(BoardId id) {
        Board board = boards.find(id).orElseThrow(BoardId::notFound);
        return view(board, formats.find(board.format()).orElseThrow(), List.of());
    }

    private static BoardView view(Board board, SessionFormat format, List<Object> elements) {
        return new BoardView(board.id().value(), board.title(), board.format(),
                PhaseRef.of(format, board.phaseIndex()), board.seq(), board.createdAt(), elements);
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
