package io.stormwall.wall.internal;

import io.stormwall.board.Access;
import io.stormwall.board.BoardCreation;
import io.stormwall.board.BoardId;
import io.stormwall.board.CreatedBoard;
import io.stormwall.format.FormatCatalog;
import io.stormwall.format.SessionFormat;
import io.stormwall.wall.BoardSummary;
import io.stormwall.wall.ContinuedFrom;
import io.stormwall.wall.Wall;
import io.stormwall.wall.WallSeed;
import io.stormwall.wall.WallSeeding;
import io.stormwall.wall.WallSnapshot;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The zoom chain: a finished workshop goes on in another format on a new board that starts with its wall — an
 * architecture session on top of a process-level map. The source board stays as it was.
 */
@Service
class Continuation {

    static final String DEFAULT_FORMAT = "architecture";

    private final Wall wall;
    private final BoardCreation creation;
    private final WallSeeding seeding;
    private final Provenances provenances;
    private final FormatCatalog formats;

    Continuation(Wall wall, BoardCreation creation, WallSeeding seeding, Provenances provenances, FormatCatalog formats) {
        this.wall = wall;
        this.creation = creation;
        this.seeding = seeding;
        this.provenances = provenances;
        this.formats = formats;
    }

    record Continued(CreatedBoard board, ContinuedFrom continuedFrom) {}

    /**
     * @param title  the new board's title; null for the source's title with the format's name
     * @param format the new board's format; null for {@value #DEFAULT_FORMAT}
     */
    @Transactional
    Continued continueOn(Access access, String title, String format, String origin, String actor) {
        access.requireSteer();
        return continueFrom(wall.snapshot(access.boardId()), 1, title, format == null ? DEFAULT_FORMAT : format, origin, actor);
    }

    /**
     * A new board that starts with the wall of {@code source}, a snapshot of the board as it stands or as it stood
     * at a checkpoint, in phase {@code phaseIndex} of the format; its provenance names the source's seq. The caller
     * has checked that the facilitator asks.
     */
    @Transactional
    Continued continueFrom(WallSnapshot source, int phaseIndex, String title, String formatId, String origin, String actor) {
        CreatedBoard created = creation.create(title == null ? titleFor(source.board().title(), formatId) : title, formatId, origin);
        BoardId board = new BoardId(created.id());
        BoardSummary seed = seeding.seed(board, new WallSeed(source.elements(), phaseIndex, false, false, List.of(), 0));
        CreatedBoard seeded = created.as(seed.phase(), seed.seq());
        ContinuedFrom from = new ContinuedFrom(source.board().id(), source.board().title(), source.board().format(),
                source.board().seq(), OpLog.now(), actor);
        provenances.record(board, from);
        return new Continued(seeded, from);
    }

    /** "Subscription billing · Architecture", shortened so it stays a valid title. */
    private String titleFor(String source, String formatId) {
        // An unknown format is refused by the board's creation, with the formats there are.
        String suffix = " · " + formats.find(formatId).map(SessionFormat::name).orElse(formatId);
        int room = BoardCreation.MAX_TITLE_LENGTH - suffix.length();
        return (source.length() > room ? source.substring(0, room - 1) + "…" : source) + suffix;
    }
}
