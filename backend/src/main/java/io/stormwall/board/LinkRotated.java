package io.stormwall.board;

/**
 * A role's link was replaced: published inside the rotating transaction, so listeners can act on its commit (close
 * the sessions that hold the old token, on every node). It carries no token.
 */
public record LinkRotated(BoardId board, Role role) {}
