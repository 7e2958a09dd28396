package io.stormwall.wall.internal;

import io.stormwall.board.BoardId;
import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import io.stormwall.wall.PersonId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The wall's current state in the {@code element} table. An element written during silent writing is kept with its
 * author ({@code hidden_for}, V12) until the reveal: every read leaves it out unless it names that author as viewer.
 */
@Component
class ElementStore {

    private static final String COLUMNS =
            "id, kind, text, x, y, w, h, z, from_id, to_id, label, props, version, updated_by, updated_at";

    private static final String INSERT = "insert into element (board_id, " + COLUMNS + ", hidden_for) values (:board, :id,"
            + " :kind, :text, :x, :y, :w, :h, :z, :from, :to, :label, cast(:props as jsonb), :version, :updatedBy, :updatedAt,"
            + " cast(:hiddenFor as text))";

    private static final String UPDATE = "update element set kind = :kind, text = :text, x = :x, y = :y, w = :w, h = :h,"
            + " z = :z, from_id = :from, to_id = :to, label = :label, props = cast(:props as jsonb), version = :version,"
            + " updated_by = :updatedBy, updated_at = :updatedAt where board_id = :board and id = :id";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final JsonMapper json;

    ElementStore(JdbcClient jdbc, NamedParameterJdbcTemplate batches, JsonMapper json) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
    }

    private static final String SEEN_BY = " and (hidden_for is null or hidden_for = :viewer)";

    /** Everything everyone sees: no unseen sticky of silent writing. */
    List<Element> all(BoardId board) {
        return jdbc.sql("select " + COLUMNS + " from element where board_id = :board and hidden_for is null order by z, id")
                .param("board", board.value())
                .query(this::map)
                .list();
    }

    /** The unseen stickies {@code person} wrote during silent writing, in the board's order (z, then id). */
    List<Element> hiddenFor(BoardId board, PersonId person) {
        return jdbc.sql("select " + COLUMNS + " from element where board_id = :board and hidden_for = :person order by z, id")
                .param("board", board.value())
                .param("person", person.value())
                .query(this::map)
                .list();
    }

    /** Every unseen sticky, in the board's order: what a reveal shows. */
    List<Element> allHidden(BoardId board) {
        return jdbc.sql("select " + COLUMNS + " from element where board_id = :board and hidden_for is not null order by z, id")
                .param("board", board.value())
                .query(this::map)
                .list();
    }

    /** How many unseen stickies each person has written, by person id. */
    Map<String, Integer> hiddenCounts(BoardId board) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        jdbc.sql("select hidden_for, count(*)::int as n from element where board_id = :board and hidden_for is not null"
                        + " group by hidden_for")
                .param("board", board.value())
                .query(rs -> {
                    counts.put(rs.getString("hidden_for"), rs.getInt("n"));
                });
        return counts;
    }

    /** How many unseen stickies {@code person} has written. */
    int hiddenCount(BoardId board, PersonId person) {
        return jdbc.sql("select count(*) from element where board_id = :board and hidden_for = :person")
                .param("board", board.value()).param("person", person.value()).query(Integer.class).single();
    }

    /** Which of these ids are unseen stickies of {@code person}. */
    java.util.Set<UUID> hiddenOf(BoardId board, PersonId person, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select id from element where board_id = :board and hidden_for = :person"
                        + " and id in (:ids)")
                .param("board", board.value()).param("person", person.value()).param("ids", ids)
                .query(UUID.class).list());
    }

    /** Whether an element with this id exists at all, seen or not: ids are the board's, whoever wrote them. */
    boolean exists(BoardId board, UUID id) {
        return jdbc.sql("select count(*) from element where board_id = :board and id = :id")
                .param("board", board.value()).param("id", id).query(Integer.class).single() > 0;
    }

    void reveal(BoardId board) {
        jdbc.sql("update element set hidden_for = null where board_id = :board and hidden_for is not null")
                .param("board", board.value()).update();
    }

    /**
     * Three lookups, each by an index, rather than one condition with {@code or} across columns: PostgreSQL reads that
     * as a scan of every element of the board, and a live batch would pay for the board's size.
     */
    private static final String ATTACHED = "select " + COLUMNS + ", hidden_for from element where board_id = :board"
            + " and id in (:ids)" + SEEN_BY
            + " union select " + COLUMNS + ", hidden_for from element where board_id = :board and kind = 'arrow'"
            + " and from_id in (:ids)" + SEEN_BY
            + " union select " + COLUMNS + ", hidden_for from element where board_id = :board and kind = 'arrow'"
            + " and to_id in (:ids)" + SEEN_BY;

    /** An element as read, with the author it is unseen by everyone else for (null: everyone sees it). */
    record Seen(Element element, String hiddenFor) {

        /** Whether {@code viewer} sees it (null: nobody's unseen stickies are seen). */
        boolean by(PersonId viewer) {
            return hiddenFor == null || (viewer != null && hiddenFor.equals(viewer.value()));
        }
    }

    /**
     * Reads the elements with these ids, and every arrow attached to one of them, into {@code into}. Sent before the
     * board's live state is known (with its lock, {@link RoundTrips}), so before it is known whose unseen stickies of
     * silent writing the batch may see: it reads what {@code person} would see, which holds what anyone else would,
     * and says of each element whose unseen sticky it is ({@link Seen#by}).
     */
    Statement withAttachedArrows(BoardId board, Collection<UUID> ids, PersonId person, List<Seen> into) {
        return Statement.named(ATTACHED,
                Map.of("board", board.value(), "ids", ids, "viewer", person == null ? "" : person.value()),
                rs -> {
                    while (rs.next()) {
                        into.add(new Seen(map(rs, 0), rs.getString("hidden_for")));
                    }
                }, null);
    }

    /**
     * Reads, for each board, the elements with its ids, every arrow attached to one of them and those arrows' other
     * ends, whoever sees them ({@link Seen#by}), into {@code into}: what a group's transaction reads with the boards'
     * locks for all its batches ({@link KnownElements}). One statement whatever the number of boards and ids, the
     * same text each time, so PostgreSQL plans it once per connection.
     */
    Statement withEverythingAttached(Map<BoardId, ? extends Collection<UUID>> ids, BiConsumer<BoardId, Seen> into) {
        int n = ids.values().stream().mapToInt(Collection::size).sum();
        String[] boards = new String[n];
        String[] elements = new String[n];
        int i = 0;
        for (Map.Entry<BoardId, ? extends Collection<UUID>> board : ids.entrySet()) {
            for (UUID id : board.getValue()) {
                boards[i] = board.getKey().toString();
                elements[i++] = id.toString();
            }
        }
        return new Statement(EVERYTHING_ATTACHED, new Object[] {boards, elements}, rs -> {
            while (rs.next()) {
                into.accept(new BoardId(rs.getObject("board_id", UUID.class)), new Seen(map(rs, 0), rs.getString("hidden_for")));
            }
        }, null);
    }

    private static final String ALIASED = "e.board_id, " + Arrays.stream(COLUMNS.split(", ")).map(c -> "e." + c)
            .collect(Collectors.joining(", ")) + ", e.hidden_for";

    private static final String EVERYTHING_ATTACHED = "with wanted as (select * from unnest(cast(? as uuid[]),"
            + " cast(? as uuid[])) as w (board_id, id)),"
            + " named as (select " + ALIASED + " from element e join wanted w on e.board_id = w.board_id and e.id = w.id"
            + " union select " + ALIASED + " from element e join wanted w on e.board_id = w.board_id and e.kind = 'arrow'"
            + " and e.from_id = w.id"
            + " union select " + ALIASED + " from element e join wanted w on e.board_id = w.board_id and e.kind = 'arrow'"
            + " and e.to_id = w.id)"
            + " select * from named union select " + ALIASED + " from element e join (select board_id, from_id as id from named"
            + " where kind = 'arrow' union select board_id, to_id from named where kind = 'arrow') ends"
            + " on e.board_id = ends.board_id and e.id = ends.id";

    /** {@link #extent} of several boards in one statement, the same text whatever their number; a board without elements has none. */
    Statement extents(Collection<BoardId> boards, BiConsumer<BoardId, Extent> into) {
        return new Statement(EXTENTS, new Object[] {boards.stream().map(BoardId::toString).toArray(String[]::new)}, rs -> {
            while (rs.next()) {
                into.accept(new BoardId(rs.getObject("board_id", UUID.class)), new Extent(rs.getInt("n"), rs.getLong("top")));
            }
        }, null);
    }

    private static final String EXTENTS = "select board_id, count(*)::int as n, coalesce(max(z), 0) as top from element"
            + " where board_id = any(cast(? as uuid[])) group by board_id";

    List<Element> byIds(BoardId board, Collection<UUID> ids) {
        return byIds(board, ids, null);
    }

    List<Element> byIds(BoardId board, Collection<UUID> ids, PersonId viewer) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from element where board_id = :board and id in (:ids)" + SEEN_BY)
                .param("board", board.value())
                .param("ids", ids)
                .param("viewer", viewer == null ? "" : viewer.value())
                .query(this::map)
                .list();
    }

    int count(BoardId board) {
        return jdbc.sql("select count(*) from element where board_id = :board")
                .param("board", board.value())
                .query(Integer.class)
                .single();
    }

    /** How many elements a board has and the highest z among them (0 for none). */
    record Extent(int count, long topZ) {}

    /**
     * Reads the board's {@link Extent} into {@code into}, to be sent with a batch's first read ({@link RoundTrips}):
     * a batch that creates elements needs both, to stay within the board's size and to stack new ones on top.
     */
    Statement extent(BoardId board, Extent[] into) {
        return Statement.named("select count(*)::int as n, coalesce(max(z), 0) as top from element where board_id = :board",
                Map.of("board", board.value()), rs -> {
                    rs.next();
                    into[0] = new Extent(rs.getInt("n"), rs.getLong("top"));
                }, null);
    }

    long topZ(BoardId board) {
        return jdbc.sql("select coalesce(max(z), 0) from element where board_id = :board")
                .param("board", board.value())
                .query(Long.class)
                .single();
    }

    /**
     * The insert of a new element, to be sent with the batch's other writes ({@link RoundTrips}); {@code hiddenFor}:
     * the author of an unseen sticky of silent writing (null: everyone sees it). An id the board already has is not
     * an error of the round trip, which goes on: {@code clash} is called instead, and refuses the batch.
     */
    Statement insertion(BoardId board, Element e, PersonId hiddenFor, Runnable clash) {
        Map<String, Object> params = params(board, e);
        params.put("hiddenFor", hiddenFor == null ? null : hiddenFor.value());
        return Statement.named(INSERT + " on conflict (board_id, id) do nothing", params, null, inserted -> {
            if (inserted == 0) {
                clash.run();
            }
        });
    }

    /** A whole wall at once (a new board's), in one round trip per batch rather than one per element. */
    @SuppressWarnings("unchecked")
    void insertAll(BoardId board, List<Element> elements) {
        if (!elements.isEmpty()) {
            batches.batchUpdate(INSERT, elements.stream().map(e -> params(board, e)).toArray(Map[]::new));
        }
    }

    void update(BoardId board, Element e) {
        jdbc.sql(UPDATE).params(params(board, e)).update();
    }

    /** The update of an element, to be sent with the batch's other writes ({@link RoundTrips}). */
    Statement updating(BoardId board, Element e) {
        return Statement.write(UPDATE, params(board, e));
    }

    /** The removal of an element, to be sent with the batch's other writes ({@link RoundTrips}). */
    Statement deletion(BoardId board, UUID id) {
        return Statement.write("delete from element where board_id = :board and id = :id",
                Map.of("board", board.value(), "id", id));
    }

    private static Map<String, Object> params(BoardId board, Element e) {
        Map<String, Object> p = new HashMap<>();
        p.put("board", board.value());
        p.put("id", e.id());
        p.put("kind", e.kind().id());
        p.put("text", e.text());
        p.put("x", e.x());
        p.put("y", e.y());
        p.put("w", e.w());
        p.put("h", e.h());
        p.put("z", e.z());
        p.put("from", e.from());
        p.put("to", e.to());
        p.put("label", e.label());
        p.put("props", e.props().toString());
        p.put("version", e.version());
        p.put("updatedBy", e.updatedBy());
        p.put("updatedAt", OffsetDateTime.ofInstant(e.updatedAt(), ZoneOffset.UTC));
        p.put("hiddenFor", null);
        return p;
    }

    /** Most elements carry no props: their "{}" needn't go through the JSON parser. */
    private ObjectNode props(String text) {
        return "{}".equals(text) ? json.createObjectNode() : (ObjectNode) json.readTree(text);
    }

    private Element map(ResultSet rs, int row) throws SQLException {
        return new Element(
                rs.getObject("id", UUID.class),
                ElementKind.fromId(rs.getString("kind")).orElseThrow(),
                rs.getString("text"),
                rs.getDouble("x"),
                rs.getDouble("y"),
                rs.getDouble("w"),
                rs.getDouble("h"),
                rs.getLong("z"),
                rs.getObject("from_id", UUID.class),
                rs.getObject("to_id", UUID.class),
                rs.getString("label"),
                props(rs.getString("props")),
                rs.getLong("version"),
                rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
