package io.stormwall.board;

import java.util.Optional;

/** Reading boards' settings, for the modules that work on a board's content. */
public interface Boards {

    Optional<BoardSummary> find(BoardId id);
}
