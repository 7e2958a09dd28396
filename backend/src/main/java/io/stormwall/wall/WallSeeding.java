package io.stormwall.wall;

import io.stormwall.board.BoardId;
import io.stormwall.web.InputProblem;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Filling the wall of a board that was just created, for importing a file or continuing a workshop on a new board.
 *
 * <p>A seeded board starts at the seed's {@code seq} with its elements already in place and no batch in its op log:
 * filling a new wall is part of creating it, not an edit anyone made, so nobody can undo it and no client could have
 * seen the board before. The log keeps the seed itself at that seq, for replaying checkpoints, out of every client's
 * sight. Clients joining without a {@code lastSeq} (every fresh client) get the whole wall as a
 * snapshot.
 */
public interface WallSeeding {

    /**
     * Checks elements in the form {@code GET /api/boards/{id}} shows them, each of which the caller has held to the
     * schema's {@code wireElement}, as a list as a whole: ids unique, arrows joining two different non-arrow elements of
     * the list, unique field names, at most as many elements as a board holds. Every fault is added to
     * {@code problems} with its JSON path under {@code path} (e.g. {@code elements[3].id}).
     */
    void checkElements(JsonNode elements, String path, List<InputProblem> problems);

    /**
     * Puts the seed on the wall of {@code board}, which must have been created in the caller's transaction and have
     * nothing on it yet; everything commits or rolls back with the creation.
     *
     * The seed is taken as it is: a wall read from outside has been checked by {@link #checkElements} (and its phases
     * and history by its reader), a continued one is a copy of a wall that holds together.
     *
     * @return the board as it stands after seeding (its phase and seq)
     */
    BoardSummary seed(BoardId board, WallSeed seed);
}
