package io.stormwall.wall;

import io.stormwall.board.BoardId;
import java.time.Instant;

/**
 * An accepted edit batch as the op log keeps it: its place in the board's order, whose it was (its {@link Origin}),
 * and the ops as applied (JSON array text: the form every client receives). Published once its transaction has
 * committed.
 */
public record BatchApplied(BoardId board, long seq, Origin origin, String clientOpId, String by, Instant at, String ops) {}
