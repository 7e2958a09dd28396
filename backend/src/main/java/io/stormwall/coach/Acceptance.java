package io.stormwall.coach;

import java.time.Instant;

/** The facilitator's word that a finding is as the team means it: who said so, and when. */
public record Acceptance(String by, Instant at) {}
