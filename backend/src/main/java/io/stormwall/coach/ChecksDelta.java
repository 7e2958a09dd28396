package io.stormwall.coach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a board's list of findings changed from the one read at {@code since} to the one read at {@code seq}: the
 * findings that are new or changed (an acceptance given or withdrawn), and the keys of those gone. A client holding
 * the list at {@code since} that applies it holds the list at {@code seq}; a large wall's list is far longer than
 * what one change does to it.
 */
public record ChecksDelta(long since, long seq, List<Finding> added, List<String> removed) {

    public ChecksDelta {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /**
     * The change from {@code before} to {@code after}; none when there is no list before or the coach is off on
     * either side: the whole list is then the message.
     */
    public static Optional<ChecksDelta> between(Checks before, Checks after) {
        if (before == null || !before.enabled() || !after.enabled()) {
            return Optional.empty();
        }
        Map<String, Finding> was = new HashMap<>(before.findings().size() * 4 / 3 + 1);
        before.findings().forEach(f -> was.put(f.key(), f));
        List<Finding> added = new ArrayList<>();
        Set<String> kept = new HashSet<>(after.findings().size() * 4 / 3 + 1);
        for (Finding finding : after.findings()) {
            kept.add(finding.key());
            if (!finding.equals(was.get(finding.key()))) {
                added.add(finding);
            }
        }
        List<String> removed = before.findings().stream().map(Finding::key).filter(k -> !kept.contains(k)).toList();
        return Optional.of(new ChecksDelta(before.seq(), after.seq(), added, removed));
    }
}
