package io.stormwall.wall.internal;

import io.stormwall.board.BoardId;
import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import io.stormwall.wall.PersonId;
import io.stormwall.wall.WallErrors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One batch applied to the part of the wall it touches, in memory, op by op, so that every op sees the ones before
 * it and a refusal anywhere leaves the database untouched. {@link #writes} are the statements that write the result.
 */
final class WorkingSet {

    private final BoardId board;
    private final ElementStore store;
    private final JsonMapper json;
    private final String actor;
    private final Instant now;
    private final PhaseGate gate;
    private final Map<UUID, Element> stored = new LinkedHashMap<>();
    /** Current state of every touched element; a null value means deleted in this batch. */
    private final Map<UUID, Element> current = new LinkedHashMap<>();
    private final ArrayNode applied = JsonNodeFactory.instance.arrayNode();
    private final Set<UUID> bumped = new HashSet<>();
    private long topZ = Long.MIN_VALUE;
    private final boolean unseenMayExist;
    /** Where each element the batch creates was created: the field a clash of its id is reported at. */
    private final Map<UUID, String> createdAt = new HashMap<>();

    /**
     * {@code named}: the elements the batch names ({@link #named}) with their arrows, as {@code viewer} sees them, read
     * beforehand; {@code ends}: reads the elements at the ends of named arrows that were not read with them, as
     * {@code viewer} sees them; {@code unseenMayExist}: whether silent writing is on, so that an id may be held by a
     * sticky the batch can't see.
     */
    WorkingSet(BoardId board, ElementStore store, JsonMapper json, String actor, Instant now, PhaseGate gate,
            List<Element> named, Function<Set<UUID>, List<Element>> ends, boolean unseenMayExist) {
        this.unseenMayExist = unseenMayExist;
        this.board = board;
        this.store = store;
        this.json = json;
        this.actor = actor;
        this.now = now;
        this.gate = gate;
        named.forEach(this::load);
        // An arrow named by the batch is checked against its ends even when the batch leaves them alone.
        Set<UUID> unread = new HashSet<>();
        stored.values().stream().filter(e -> e.kind().isArrow()).forEach(arrow -> {
            unread.add(arrow.from());
            unread.add(arrow.to());
        });
        unread.removeAll(stored.keySet());
        if (!unread.isEmpty()) {
            ends.apply(unread).forEach(this::load);
        }
    }

    private void load(Element e) {
        stored.put(e.id(), e);
        current.put(e.id(), e);
    }

    void apply(Op op) {
        if (op instanceof Op.Create create) {
            create(create);
        } else if (op instanceof Op.Update update) {
            update(update);
        } else if (op instanceof Op.Delete delete) {
            delete(delete.path(), delete.id());
        }
    }

    /** How many elements the batch adds (negative when it removes more than it adds). */
    int netGrowth() {
        int growth = 0;
        for (Map.Entry<UUID, Element> entry : current.entrySet()) {
            boolean wasStored = stored.containsKey(entry.getKey());
            boolean exists = entry.getValue() != null;
            growth += (exists ? 1 : 0) - (wasStored ? 1 : 0);
        }
        return growth;
    }

    /** The elements that were on the wall before the batch and that it changes or removes. */
    Set<UUID> touchedStored() {
        Set<UUID> touched = new HashSet<>();
        current.forEach((id, now) -> {
            if (stored.containsKey(id) && stored.get(id) != now) {
                touched.add(id);
            }
        });
        return touched;
    }

    /** An element as it was before the batch and as the batch leaves it; null: not there. */
    record Change(Element before, Element after) {}

    /** Every element the batch creates, changes or removes. */
    Map<UUID, Change> changes() {
        Map<UUID, Change> changes = new HashMap<>();
        current.forEach((id, now) -> {
            Element before = stored.get(id);
            if (before != now) {
                changes.put(id, new Change(before, now));
            }
        });
        return changes;
    }

    /** The elements the batch creates that are still there at its end. */
    List<Element> created() {
        return current.entrySet().stream().filter(e -> !stored.containsKey(e.getKey()) && e.getValue() != null)
                .map(Map.Entry::getValue).toList();
    }

    ArrayNode appliedOps() {
        return applied;
    }

    /**
     * The statements that write the batch, to be sent together ({@link RoundTrips}); {@code unseenBy}: the person whose
     * unseen stickies the new ones are (null: everyone sees them). A new element's id is the board's primary key with
     * it: an id the batch could not see (none outside silent writing, as every element with an id it names is read)
     * refuses the batch when the writes are sent.
     */
    List<Statement> writes(PersonId unseenBy) {
        List<Statement> writes = new ArrayList<>();
        for (Map.Entry<UUID, Element> entry : current.entrySet()) {
            Element before = stored.get(entry.getKey());
            Element after = entry.getValue();
            if (after == null) {
                if (before != null) {
                    writes.add(store.deletion(board, entry.getKey()));
                }
            } else if (before == null) {
                writes.add(store.insertion(board, after, unseenBy, () -> {
                    throw exists(after.id(), createdAt.get(after.id()));
                }));
            } else if (before != after) {
                writes.add(store.updating(board, after));
            }
        }
        return writes;
    }

    private static io.stormwall.web.ApiException exists(UUID id, String path) {
        return WallErrors.conflict(WallErrors.ELEMENT_EXISTS, path + ".element.id", "The board already has an element " + id + ".");
    }

    private void create(Op.Create op) {
        // while silent writing is on an id may be held by someone's unseen sticky, which the batch did not read
        if (current.get(op.id()) != null || stored.containsKey(op.id()) || (unseenMayExist && store.exists(board, op.id()))) {
            throw exists(op.id(), op.path());
        }
        createdAt.put(op.id(), op.path());
        ElementFields f = op.element();
        ElementKind kind = f.kind();
        gate.check(kind, op.path() + ".element.kind");
        gate.checkNotFrozen(kind, op.path() + ".element.kind");
        Element element = new Element(op.id(), kind, orElse(f.text(), ""), orElse(f.x(), 0.0), orElse(f.y(), 0.0),
                orElse(f.w(), kind.defaultWidth()), orElse(f.h(), kind.defaultHeight()),
                f.z() != null ? f.z() : nextZ(), f.from(), f.to(), f.label(),
                checkedProps(kind, JsonNodeFactory.instance.objectNode(), f.props(), op.path() + ".element.props"),
                1, actor, now);
        checkShape(element, op.path() + ".element");
        current.put(element.id(), element);
        bumped.add(element.id());
        ObjectNode out = applied.addObject().put("op", "create");
        out.set("element", json.valueToTree(element));
    }

    private void update(Op.Update op) {
        Element old = existing(op.id(), op.path() + ".id");
        gate.checkNotFrozen(old.kind(), op.path() + ".id");
        ElementFields f = op.set();
        ElementKind kind = orElse(f.kind(), old.kind());
        if (kind.isArrow() != old.kind().isArrow()) {
            throw WallErrors.invalid(op.path() + ".set.kind", "An arrow can't become a sticky, nor a sticky an arrow.");
        }
        if (kind != old.kind()) {
            gate.check(kind, op.path() + ".set.kind");
            gate.checkNotFrozen(kind, op.path() + ".set.kind");
        }
        long version = bumped.add(old.id()) ? old.version() + 1 : old.version();
        Element element = new Element(old.id(), kind, orElse(f.text(), old.text()), orElse(f.x(), old.x()),
                orElse(f.y(), old.y()), orElse(f.w(), old.w()), orElse(f.h(), old.h()), orElse(f.z(), old.z()),
                orElse(f.from(), old.from()), orElse(f.to(), old.to()), orElse(f.label(), old.label()),
                f.props() == null ? old.props() : checkedProps(kind, old.props().deepCopy(), f.props(), op.path() + ".set.props"),
                version, actor, now);
        checkShape(element, op.path() + ".set");
        current.put(element.id(), element);
        ObjectNode out = applied.addObject().put("op", "update").put("id", old.id().toString());
        out.set("set", op.rawSet());
        out.put("version", version);
    }

    private void delete(String path, UUID id) {
        gate.checkNotFrozen(existing(id, path + ".id").kind(), path + ".id");
        current.put(id, null);
        applied.addObject().put("op", "delete").put("id", id.toString());
        List<UUID> arrows = new ArrayList<>();
        current.forEach((otherId, e) -> {
            if (e != null && e.kind().isArrow() && (id.equals(e.from()) || id.equals(e.to()))) {
                arrows.add(otherId);
            }
        });
        for (UUID arrow : arrows) {
            current.put(arrow, null);
            applied.addObject().put("op", "delete").put("id", arrow.toString());
        }
    }

    private Element existing(UUID id, String path) {
        Element e = current.get(id);
        if (e == null) {
            throw WallErrors.conflict(WallErrors.ELEMENT_NOT_FOUND, path, "No element " + id + " on this board.");
        }
        return e;
    }

    /** Arrows join two different, existing non-arrow elements; only arrows have ends and labels. */
    private void checkShape(Element e, String path) {
        if (!e.kind().isArrow()) {
            if (e.from() != null || e.to() != null || e.label() != null) {
                String field = e.from() != null ? "from" : e.to() != null ? "to" : "label";
                throw WallErrors.invalid(path + "." + field, "Only arrows have '" + field + "'.");
            }
            return;
        }
        for (String end : List.of("from", "to")) {
            UUID target = end.equals("from") ? e.from() : e.to();
            if (target == null) {
                throw WallErrors.invalid(path + "." + end, "An arrow needs '" + end + "': the id of the element it joins.");
            }
            Element joined = current.get(target);
            if (joined == null) {
                throw WallErrors.conflict(WallErrors.ELEMENT_NOT_FOUND, path + "." + end, "No element " + target + " on this board.");
            }
            if (joined.kind().isArrow()) {
                throw WallErrors.invalid(path + "." + end, "Arrows join stickies, not other arrows.");
            }
        }
        if (e.from().equals(e.to())) {
            throw WallErrors.invalid(path + ".to", "An arrow can't join an element to itself.");
        }
    }

    /** Merges {@code changes} into {@code props} (a null value removes a key), allowing only the kind's props. */
    private ObjectNode checkedProps(ElementKind kind, ObjectNode props, ObjectNode changes, String path) {
        if (changes == null) {
            return props;
        }
        for (Map.Entry<String, JsonNode> change : changes.properties()) {
            String name = change.getKey();
            if (change.getValue().isNull()) {
                props.remove(name);
                continue;
            }
            // the schema checked the value; which names a kind carries depends on the element being changed
            if (!kind.hasProp(name)) {
                throw WallErrors.invalid(path + "." + name, "'" + name + "' is not a property of " + kind.id() + " elements.");
            }
            if (KeyedProps.isKeyed(name)) {
                gate.checkOpen(name, path + "." + name);
                ObjectNode merged = KeyedProps.merged(name, props.get(name), (ObjectNode) change.getValue(), path + "." + name);
                if (merged == null) {
                    props.remove(name);
                } else {
                    props.set(name, merged);
                }
                continue;
            }
            props.set(name, change.getValue());
        }
        return props;
    }

    /** The highest z on the board before the batch, when it was read beforehand; else it is read when first needed. */
    void stackOn(long top) {
        topZ = top;
    }

    private long nextZ() {
        if (topZ == Long.MIN_VALUE) {
            topZ = store.topZ(board);
        }
        return ++topZ;
    }

    /** The ids a batch names: the elements it reads, with the arrows attached to them. */
    static Set<UUID> named(List<Op> ops) {
        Set<UUID> ids = new HashSet<>();
        for (Op op : ops) {
            if (op instanceof Op.Create c) {
                ids.add(c.id());
                addIfPresent(ids, c.element().from());
                addIfPresent(ids, c.element().to());
            } else if (op instanceof Op.Update u) {
                ids.add(u.id());
                addIfPresent(ids, u.set().from());
                addIfPresent(ids, u.set().to());
            } else if (op instanceof Op.Delete d) {
                ids.add(d.id());
            }
        }
        return ids;
    }

    private static void addIfPresent(Set<UUID> ids, UUID id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private static <T> T orElse(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
