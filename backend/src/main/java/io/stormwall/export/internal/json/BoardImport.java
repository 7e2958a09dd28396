package io.stormwall.export.internal.json;

import io.stormwall.board.BoardCreation;
import io.stormwall.board.BoardId;
import io.stormwall.board.CreatedBoard;
import io.stormwall.coach.Coach;
import io.stormwall.coach.CoachSetting;
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
    private final Coach coach;

    BoardImport(BoardCreation creation, WallSeeding seeding, Coach coach) {
        this.creation = creation;
        this.seeding = seeding;
        this.coach = coach;
    }

    @Transactional
    CreatedBoard create(String title, String format, WallSeed seed, CoachSetting coaching, String origin) {
        CreatedBoard board = creation.create(title, format, origin);
        BoardSummary seeded = seeding.seed(new BoardId(board.id()), seed);
        coach.restore(new BoardId(board.id()), coaching);
        return board.as(seeded.phase(), seeded.seq());
    }
}
