package io.stormwall.board;

import java.time.Instant;
import java.util.UUID;

/**
 * What the board module keeps about a board: who it is, its title and its session format (its tokens stay inside).
 * Everything that changes while people work on it — seq, phase, switches, timer — is the wall's live state.
 */
public record Board(UUID id, String title, String format, Instant createdAt) {}
