package io.stormwall.board.internal;

import io.stormwall.board.BoardId;
import java.time.Instant;

/** A board as stored: its settings and how far its op log has come. */
record Board(BoardId id, String title, String format, int phaseIndex, long seq, Instant createdAt) {}
