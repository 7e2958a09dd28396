package io.stormwall.wall;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What a brand-new board's wall starts with: elements (kept with their ids, versions and last editors), the phase
 * it is in (1-based), the facilitator's switches, the phase changes that led there, and {@code seq}, the position
 * its order starts from (0 for a fresh wall; an imported board keeps the exported one, so every phase change of its
 * history lies at or before it).
 */
public record WallSeed(List<Element> elements, int phaseIndex, boolean gatingLifted, boolean frozen,
        List<PhaseTransition> phaseHistory, long seq) {

    /**
     * Instants are kept to the microsecond, as PostgreSQL keeps them (it would round finer digits), so that the wall
     * read back — and exported again — has exactly the instants seeded.
     */
    public WallSeed {
        elements = elements.stream().map(e -> new Element(e.id(), e.kind(), e.text(), e.x(), e.y(), e.w(), e.h(), e.z(), e.from(),
                e.to(), e.label(), e.props(), e.version(), e.updatedBy(), micros(e.updatedAt()))).toList();
        phaseHistory = phaseHistory.stream().map(t -> new PhaseTransition(t.seq(), t.from(), t.to(), t.by(), t.role(), micros(t.at()))).toList();
    }

    private static Instant micros(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
    }

    /** These elements on a wall in its first phase, with nothing switched and no history. */
    public static WallSeed of(List<Element> elements) {
        return new WallSeed(elements, 1, false, false, List.of(), 0);
    }
}
