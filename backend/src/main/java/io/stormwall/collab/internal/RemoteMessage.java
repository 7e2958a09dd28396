package io.stormwall.collab.internal;

import io.stormwall.board.BoardId;
import io.stormwall.board.Role;
import java.util.List;

/**
 * A presence or participants message relayed by another node: {@code text} as its clients saw it, plus what this
 * node needs from it (who joined, who left, the node's whole roster for the board, or the role whose link was rotated).
 */
record RemoteMessage(String node, BoardId board, String type, String text, Participant joined, String left,
        List<Participant> roster, Role rotated) {}
