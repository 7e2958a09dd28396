package io.stormwall.coach;

import java.util.List;

/** What the coach says about a board's wall at {@code seq}; no findings while the coach is switched off. */
public record Checks(long seq, boolean enabled, List<Finding> findings) {

    public Checks {
        findings = List.copyOf(findings);
    }

    /** The same advice, whatever seq it was read at: a client that has one need not be sent the other. */
    public boolean saysTheSameAs(Checks other) {
        return other != null && enabled == other.enabled && findings.equals(other.findings);
    }
}
