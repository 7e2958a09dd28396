package io.stormwall.board.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.stormwall.phase.PhaseRef;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A board on the wire; {@code elements} is present only where the whole wall is asked for. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BoardView(UUID id, String title, String format, PhaseRef phase, long seq, Instant createdAt, List<Object> elements) {}
