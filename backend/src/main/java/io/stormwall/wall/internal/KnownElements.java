package io.stormwall.wall.internal;

import io.stormwall.wall.Element;
import io.stormwall.wall.PersonId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The elements of a held board that its transaction knows as they are now: read with the board's lock for the whole
 * group ({@link BoardOrder#hold}), then kept up with every batch's writes, so that a batch naming only known elements
 * is decided without a round trip of its own. Nobody else writes the board while it is held.
 *
 * <p>An id is <em>covered</em> when the element (or its absence) and every arrow attached to it are known: so are the
 * ids read with the lock, and those a batch of the group created.
 */
final class KnownElements {

    /** Known elements by id; a null value: known not to exist. */
    private final Map<UUID, ElementStore.Seen> byId = new LinkedHashMap<>();
    private final Set<UUID> covered;
    /** The board's element count and highest z, when read with the lock and still known. */
    private ElementStore.Extent extent;

    KnownElements(Set<UUID> covered) {
        this.covered = new HashSet<>(covered);
        covered.forEach(id -> byId.put(id, null));
    }

    /** What the lock's round trip read: the covered elements, the arrows attached to them and those arrows' ends. */
    void read(List<ElementStore.Seen> seen, ElementStore.Extent extent) {
        seen.forEach(each -> byId.put(each.element().id(), each));
        this.extent = extent;
    }

    /** Whether a batch naming {@code ids} needs nothing read: they are covered, and so is the board's extent if it creates. */
    boolean covers(Set<UUID> ids, boolean creates) {
        return covered.containsAll(ids) && (!creates || extent != null);
    }

    ElementStore.Extent extent() {
        return extent;
    }

    /** The elements with these ids and every arrow attached to one of them, as the batch's read would find them. */
    List<ElementStore.Seen> named(Set<UUID> ids) {
        List<ElementStore.Seen> found = new ArrayList<>();
        for (ElementStore.Seen each : byId.values()) {
            if (each != null && (ids.contains(each.element().id()) || attached(each.element(), ids))) {
                found.add(each);
            }
        }
        return found;
    }

    private static boolean attached(Element e, Set<UUID> ids) {
        return e.kind().isArrow() && (ids.contains(e.from()) || ids.contains(e.to()));
    }

    /** Those of these elements {@code viewer} sees, when every one of them is known (null: nobody's unseen stickies). */
    Optional<List<Element>> seenBy(Set<UUID> ids, PersonId viewer) {
        if (!byId.keySet().containsAll(ids)) {
            return Optional.empty();
        }
        List<Element> seen = new ArrayList<>();
        for (UUID id : ids) {
            ElementStore.Seen each = byId.get(id);
            if (each != null && each.by(viewer)) {
                seen.add(each.element());
            }
        }
        return Optional.of(seen);
    }

    /** Takes in a batch's writes, seen by everyone: each element as it left it (null: removed), with how it was before. */
    void wrote(Map<UUID, WorkingSet.Change> changes) {
        changes.forEach((id, change) -> {
            ElementStore.Seen was = byId.get(id);
            byId.put(id, change.after() == null ? null : new ElementStore.Seen(change.after(), was == null ? null : was.hiddenFor()));
            if (change.before() == null) {
                // nothing could be attached to an element before it was made: every arrow to it is among these writes
                covered.add(id);
            }
            if (extent != null) {
                extent = next(extent, change);
            }
        });
    }

    /** The extent after one change; null once the highest z may have gone down, which only a read can tell. */
    private static ElementStore.Extent next(ElementStore.Extent extent, WorkingSet.Change change) {
        Element before = change.before();
        Element after = change.after();
        if (before != null && before.z() >= extent.topZ() && (after == null || after.z() < before.z())) {
            return null;
        }
        int count = extent.count() + (after != null ? 1 : 0) - (before != null ? 1 : 0);
        return new ElementStore.Extent(count, after == null ? extent.topZ() : Math.max(extent.topZ(), after.z()));
    }
}
