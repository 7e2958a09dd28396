package io.stormwall.board;

import java.util.Optional;

/** Reading a board's identity, title and format, for the modules that work on a board's content. */
public interface Boards {

    Optional<Board> find(BoardId id);
}
