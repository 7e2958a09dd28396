package io.stormwall.wall.internal;

import io.stormwall.board.Board;
import io.stormwall.board.BoardId;
import io.stormwall.board.Boards;
import io.stormwall.format.FormatCatalog;
import io.stormwall.format.SessionFormat;
import io.stormwall.wall.BoardSummary;
import io.stormwall.wall.Element;
import io.stormwall.wall.PhaseTransition;
import io.stormwall.wall.VotingRound;
import io.stormwall.wall.WallSeed;
import io.stormwall.wall.WallSeeding;
import io.stormwall.web.InputProblem;
import java.util.ArrayList;
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
    public List<Element> readElements(JsonNode json, String path, List<InputProblem> problems) {
        return ElementReader.read(json, path, limits.maxElements(), problems);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public BoardSummary seed(BoardId board, WallSeed seed) {
        Board created = boards.find(board).orElseThrow(BoardId::notFound);
        if (states.read(board).orElseThrow().seq() != 0 || elements.count(board) != 0) {
            throw new IllegalArgumentException("Only a board's empty wall can be seeded; " + board + " has been edited.");
        }
        SessionFormat format = formats.find(created.format()).orElseThrow();
        checkConsistent(seed, format);
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

    private void checkConsistent(WallSeed seed, SessionFormat format) {
        List<String> faults = new ArrayList<>();
        if (seed.elements().size() > limits.maxElements()) {
            faults.add("more than " + limits.maxElements() + " elements");
        }
        List<ElementReader.Ref> refs = new ArrayList<>();
        for (int i = 0; i < seed.elements().size(); i++) {
            Element e = seed.elements().get(i);
            refs.add(new ElementReader.Ref("elements[" + i + "]", e.id(), e.kind(), e.from(), e.to()));
        }
        ElementReader.checkTogether(refs, (path, message) -> faults.add(path + ": " + message));
        if (seed.phaseIndex() < 1 || seed.phaseIndex() > format.phaseCount()) {
            faults.add("phase " + seed.phaseIndex() + " is not a phase of " + format.id());
        }
        long previous = Long.MIN_VALUE;
        for (PhaseTransition t : seed.phaseHistory()) {
            if (t.seq() <= previous || t.seq() > seed.seq()) {
                faults.add("phase change at seq " + t.seq() + " is out of order or after the seed's seq " + seed.seq());
            }
            previous = t.seq();
        }
        if (!faults.isEmpty()) {
            throw new IllegalArgumentException("Inconsistent wall seed: " + String.join("; ", faults));
        }
    }
}
