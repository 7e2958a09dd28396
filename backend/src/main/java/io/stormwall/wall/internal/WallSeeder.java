package io.stormwall.wall.internal;

import io.stormwall.board.Board;
import io.stormwall.board.BoardId;
import io.stormwall.board.Boards;
import io.stormwall.format.FormatCatalog;
import io.stormwall.format.SessionFormat;
import io.stormwall.wall.BoardSummary;
import io.stormwall.wall.VotingRound;
import io.stormwall.wall.WallSeed;
import io.stormwall.wall.WallSeeding;
import io.stormwall.web.InputProblem;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Fills a new board's wall in the transaction that creates the board. */
@Service
class WallSeeder implements WallSeeding {

    private final Boards boards;
    private final ElementStore elements;
    private final LiveStates states;
    private final PhaseHistory history;
    private final FormatCatalog formats;
    private final WallProperties limits;
    private final OpLog log;
    private final JsonMapper json;

    WallSeeder(Boards boards, ElementStore elements, LiveStates states, PhaseHistory history, FormatCatalog formats,
            WallProperties limits, OpLog log, JsonMapper json) {
        this.limits = limits;
        this.log = log;
        this.json = json;
        this.boards = boards;
        this.elements = elements;
        this.states = states;
        this.history = history;
        this.formats = formats;
    }

    @Override
    public void checkElements(JsonNode elements, String path, List<InputProblem> problems) {
        ElementReader.check(elements, path, limits.maxElements(), problems);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public BoardSummary seed(BoardId board, WallSeed seed) {
        Board created = boards.find(board).orElseThrow(BoardId::notFound);
        if (states.read(board).orElseThrow().seq() != 0 || elements.count(board) != 0) {
            throw new IllegalArgumentException("Only a board's empty wall can be seeded; " + board + " has been edited.");
        }
        SessionFormat format = formats.find(created.format()).orElseThrow();
        elements.insertAll(board, seed.elements());
        LiveState state = new LiveState(seed.seq(), seed.phaseIndex(), seed.gatingLifted(), seed.frozen(), LiveState.NEW.timer(),
                VotingState.NONE);
        states.save(board, state);
        seed.phaseHistory().forEach(t -> history.record(board, t));
        // the first wall, so that checkpoints can replay the log from it
        ObjectNode op = JsonNodeFactory.instance.objectNode().put("op", "seed").put("phase", seed.phaseIndex())
                .put("gatingLifted", seed.gatingLifted()).put("frozen", seed.frozen());
        op.set("elements", json.valueToTree(seed.elements()));
        log.appendSeed(board, seed.seq(), OpLog.now(), json.writeValueAsString(JsonNodeFactory.instance.arrayNode().add(op)));
        return state.summary(created, format, VotingRound.IDLE, io.stormwall.wall.SilentRound.OFF);
    }
}
