package io.stormwall.wall;

/** What recognises a batch sent again: whose it is and the {@code clientOpId} it was sent with. */
public record SentBatch(Origin origin, String clientOpId) {}
