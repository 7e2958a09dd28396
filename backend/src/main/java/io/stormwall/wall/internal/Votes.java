package io.stormwall.wall.internal;

import io.stormwall.board.BoardId;
import io.stormwall.wall.PersonId;
import io.stormwall.wall.VotingRound;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The dots of a board's voting round, per person and sticky (V11.1's vote table). */
@Component
class Votes {

    private final JdbcClient jdbc;

    Votes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One person's dots, by sticky, by sticky. */
    Map<UUID, Integer> of(BoardId board, PersonId person) {
        Map<UUID, Integer> dots = new LinkedHashMap<>();
        jdbc.sql("select element_id, dots from vote where board_id = :board and person_id = :person order by element_id")
                .param("board", board.value())
                .param("person", person.value())
                .query(rs -> {
                    dots.put(rs.getObject("element_id", UUID.class), rs.getInt("dots"));
                });
        return dots;
    }

    int used(BoardId board, PersonId person) {
        return jdbc.sql("select coalesce(sum(dots), 0) from vote where board_id = :board and person_id = :person")
                .param("board", board.value())
                .param("person", person.value())
                .query(Integer.class)
                .single();
    }

    /** Sets a person's dots on one sticky; none removes the row. */
    void set(BoardId board, PersonId person, UUID element, int dots) {
        if (dots == 0) {
            jdbc.sql("delete from vote where board_id = :board and person_id = :person and element_id = :element")
                    .param("board", board.value()).param("person", person.value()).param("element", element)
                    .update();
            return;
        }
        jdbc.sql("insert into vote (board_id, person_id, element_id, dots) values (:board, :person, :element, :dots)"
                        + " on conflict (board_id, person_id, element_id) do update set dots = excluded.dots")
                .param("board", board.value()).param("person", person.value()).param("element", element)
                .param("dots", dots)
                .update();
    }

    void clear(BoardId board) {
        jdbc.sql("delete from vote where board_id = :board").param("board", board.value()).update();
    }

    /**
     * How many dots each person has placed, not where: what everyone may know while the votes are hidden. Ordered by
     * the ids' characters whatever the database's collation, as a copy of the wall kept in memory orders them.
     */
    List<VotingRound.Used> used(BoardId board) {
        return jdbc.sql("select person_id, sum(dots)::int as used from vote where board_id = :board"
                        + " group by person_id order by person_id collate \"C\"")
                .param("board", board.value())
                .query((rs, n) -> new VotingRound.Used(rs.getString("person_id"), rs.getInt("used")))
                .list();
    }

    /** Every sticky's dots, most first (ties by id, so every reader lists them alike). */
    List<VotingRound.Tally> tally(BoardId board) {
        return jdbc.sql("select element_id, sum(dots)::int as votes from vote where board_id = :board"
                        + " group by element_id order by votes desc, element_id")
                .param("board", board.value())
                .query((rs, n) -> new VotingRound.Tally(rs.getObject("element_id", UUID.class), rs.getInt("votes")))
                .list();
    }

    /** The round as everyone may see it: the tally only once it was revealed. */
    VotingRound round(BoardId board, VotingState state) {
        if (VotingRound.NONE.equals(state.state())) {
            return VotingRound.IDLE;
        }
        return new VotingRound(state.state(), state.votesPerPerson(), state.kinds(), state.revealed(), used(board),
                state.revealed() ? tally(board) : null);
    }
}
