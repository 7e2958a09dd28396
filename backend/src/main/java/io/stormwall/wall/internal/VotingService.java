package io.stormwall.wall.internal;

import io.stormwall.board.Access;
import io.stormwall.board.BoardId;
import io.stormwall.wall.EditOutcome;
import io.stormwall.wall.Element;
import io.stormwall.wall.Origin;
import io.stormwall.wall.PersonId;
import io.stormwall.wall.Voting;
import io.stormwall.wall.VotingAction;
import io.stormwall.wall.VotingRound;
import io.stormwall.wall.WallErrors;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dot voting through the board's one order. One round at a time: opening a new one clears the votes of the last, so
 * a report's tally is always the last revealed round's.
 */
@Service
class VotingService implements Voting {

    private final BoardOrder order;
    private final Votes votes;
    private final ElementStore elements;
    private final LiveStates states;
    private final JsonMapper json;

    VotingService(BoardOrder order, Votes votes, ElementStore elements, LiveStates states, JsonMapper json) {
        this.order = order;
        this.votes = votes;
        this.elements = elements;
        this.states = states;
        this.json = json;
    }

    @Override
    @Transactional
    public EditOutcome steer(Access access, Origin origin, String clientOpId, VotingAction action, String actor) {
        access.requireSteer();
        BoardId board = access.boardId();
        return order.take(access, origin, clientOpId, actor, turn -> {
            VotingState now = turn.state().voting();
            VotingState next = switch (action.action()) {
                case "open" -> {
                    votes.clear(board);
                    yield new VotingState(VotingRound.OPEN, action.votesPerPerson(), action.kinds(), false);
                }
                case "reveal" -> {
                    if (!now.open()) {
                        throw notOpen("action", "Only an open round can be revealed; open one first.");
                    }
                    yield now.revealing();
                }
                case "close" -> {
                    if (!now.open() && !VotingRound.REVEALED.equals(now.state())) {
                        throw notOpen("action", "There is no voting round to close.");
                    }
                    yield now.closing();
                }
                default -> throw WallErrors.invalid("action", "Unknown action '" + action.action() + "'.");
            };
            ObjectNode op = JsonNodeFactory.instance.objectNode().put("op", "voting").put("action", action.action());
            op.set("voting", json.valueToTree(votes.round(board, next)));
            return new BoardOrder.Step(array(op), turn.state().withVoting(next));
        }).outcome();
    }

    @Override
    @Transactional
    public EditOutcome vote(Access access, Origin origin, PersonId person, String clientOpId, UUID element, boolean add,
            String actor) {
        access.requireEdit();
        BoardId board = access.boardId();
        String field = "element";
        return order.take(access, origin, clientOpId, actor, turn -> {
            VotingState round = turn.state().voting();
            if (!round.open()) {
                throw notOpen(field, VotingRound.REVEALED.equals(round.state())
                        ? "The votes are revealed: the round takes no more votes." : "No voting round is open.");
            }
            List<Element> found = elements.byIds(board, List.of(element));
            if (found.isEmpty()) {
                throw WallErrors.conflict(WallErrors.ELEMENT_NOT_FOUND, field, "No element " + element + " on this board.");
            }
            if (!round.allows(found.get(0).kind().id())) {
                throw WallErrors.conflict(NOT_VOTABLE, field, "This round takes votes on "
                        + (round.kinds() == null ? "stickies, not " + found.get(0).kind().plural().toLowerCase()
                                : String.join(", ", round.kinds()) + " only") + ".");
            }
            int used = votes.used(board, person);
            int dots = votes.of(board, person).getOrDefault(element, 0);
            if (add && used >= round.votesPerPerson()) {
                throw WallErrors.conflict(VOTE_BUDGET_SPENT, field, "All " + round.votesPerPerson()
                        + " of your votes are placed; take one back to place it elsewhere.");
            }
            if (!add && dots == 0) {
                throw WallErrors.conflict(NOT_VOTABLE, field, "You have no vote on this sticky to take back.");
            }
            int after = add ? dots + 1 : dots - 1;
            int usedAfter = add ? used + 1 : used - 1;
            votes.set(board, person, element, after);
            ObjectNode cast = JsonNodeFactory.instance.objectNode().put("op", "votesCast").put("person", person.value())
                    .put("used", usedAfter);
            ObjectNode mine = JsonNodeFactory.instance.objectNode().put("op", "vote").put("element", element.toString())
                    .put("dots", after).put("left", round.votesPerPerson() - usedAfter);
            return BoardOrder.Step.privateTo(person, array(mine, cast), array(cast), turn.state());
        }).outcome();
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public VotingRound revealed(BoardId board) {
        VotingState state = states.read(board).orElseThrow(BoardId::notFound).voting();
        if (!VotingRound.NONE.equals(state.state()) && !state.revealed()) {
            throw WallErrors.conflict(VOTES_HIDDEN, null, "The votes of this round are hidden until the facilitator reveals them.");
        }
        return votes.round(board, state);
    }

    private static io.stormwall.web.ApiException notOpen(String field, String detail) {
        return WallErrors.conflict(VOTING_NOT_OPEN, field, detail);
    }

    private static ArrayNode array(ObjectNode... ops) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (ObjectNode op : ops) {
            array.add(op);
        }
        return array;
    }
}
