package io.stormwall.coach;

import io.stormwall.board.BoardId;

/**
 * The coach's advice on a watched board changed; published on the coach's own thread. {@code delta} is the change
 * from the list published before, for clients that hold it; null when they are to be sent the whole list.
 */
public record ChecksChanged(BoardId board, Checks checks, ChecksDelta delta) {}
