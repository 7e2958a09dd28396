package io.stormwall.board;

import io.stormwall.format.PhaseRef;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The answer to creating a board: the only time its tokens are ever shown. */
public record CreatedBoard(UUID id, String title, String format, PhaseRef phase, long seq, Instant createdAt,
        Map<String, String> tokens, Map<String, String> links) {

    /** The same answer for a board whose wall was filled after creation, showing its phase and seq as they are now. */
    public CreatedBoard as(PhaseRef phase, long seq) {
        return new CreatedBoard(id, title, format, phase, seq, createdAt, tokens, links);
    }
}
