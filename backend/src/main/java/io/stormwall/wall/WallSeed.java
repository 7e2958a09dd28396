package io.stormwall.wall;

import java.util.List;

/**
 * What a brand-new board's wall starts with: elements (kept with their ids, versions and last editors), the phase
 * it is in (1-based), the facilitator's switches, the phase changes that led there, and {@code seq}, the position
 * its order starts from (0 for a fresh wall; an imported board keeps the exported one, so every phase change of its
 * history lies at or before it).
 */
public record WallSeed(List<Element> elements, int phaseIndex, boolean gatingLifted, boolean frozen,
        List<PhaseTransition> phaseHistory, long seq) {

    public WallSeed {
        elements = List.copyOf(elements);
        phaseHistory = List.copyOf(phaseHistory);
    }

    /** These elements on a wall in its first phase, with nothing switched and no history. */
    public static WallSeed of(List<Element> elements) {
        return new WallSeed(elements, 1, false, false, List.of(), 0);
    }
}
