package io.stormwall.collab.internal;

/** Someone connected to a board, as everyone's participant list shows them. */
record Participant(String sessionId, String personId, String name, String colour, String role) {}
