package io.stormwall.coach;

import java.time.Instant;

/** A finding the facilitator accepted for the board, by its key, as export.json carries it. */
public record AcceptedFinding(String key, String by, Instant at) {}
