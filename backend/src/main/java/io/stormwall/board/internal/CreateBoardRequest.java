package io.stormwall.board.internal;

/** Body of {@code POST /api/boards}; a missing format means the default one. */
record CreateBoardRequest(String title, String format) {}
