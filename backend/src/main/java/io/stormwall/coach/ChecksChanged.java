package io.stormwall.coach;

import io.stormwall.board.BoardId;

/** The coach's advice on a watched board changed; published on the coach's own thread. */
public record ChecksChanged(BoardId board, Checks checks) {}
