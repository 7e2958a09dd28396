package io.stormwall.wall;

import java.util.Map;

/**
 * Silent writing as everyone may see it: whether it is on, and how many unseen stickies each person has written
 * ({@code written}, by person id) — never what they say or where they are.
 */
public record SilentRound(boolean on, Map<String, Integer> written) {

    public static final SilentRound OFF = new SilentRound(false, Map.of());

    public SilentRound {
        written = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(written));
    }
}
