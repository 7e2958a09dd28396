package io.stormwall.export.internal.json;

import io.stormwall.board.BoardCreation;
import io.stormwall.board.BoardId;
import io.stormwall.board.CreatedBoard;
import io.stormwall.wall.BoardSummary;
import io.stormwall.wall.WallSeed;
import io.stormwall.wall.WallSeeding;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates a board from a checked file: created as any board is, then its wall filled, in one transaction. */
@Service
class BoardImport {

    private final BoardCreation creation;
    private final WallSeeding seeding;

    BoardImport(BoardCreation creation, WallSeeding seeding) {
        this.creation = creation;
        this.seeding = seeding;
    }

    @Transactional
    CreatedBoard create(String title, String format, WallSeed seed, String origin) {
        CreatedBoard board = creation.create(title, format, origin);
        BoardSummary seeded = seeding.seed(new BoardId(board.id()), seed);
        return board.as(seeded.phase(), seeded.seq());
    }
}
