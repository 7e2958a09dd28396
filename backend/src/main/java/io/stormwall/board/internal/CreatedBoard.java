package io.stormwall.board.internal;

import io.stormwall.phase.PhaseRef;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The answer to creating a board: the only time its tokens are ever shown. */
record CreatedBoard(UUID id, String title, String format, PhaseRef phase, long seq, Instant createdAt,
        Map<String, String> tokens, Map<String, String> links) {}
