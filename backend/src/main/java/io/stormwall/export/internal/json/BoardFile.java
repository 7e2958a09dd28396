package io.stormwall.export.internal.json;

import io.stormwall.coach.CoachSetting;
import io.stormwall.format.PhaseRef;
import io.stormwall.wall.BoardSummary;
import io.stormwall.wall.Element;
import io.stormwall.wall.PhaseTransition;
import io.stormwall.wall.WallSnapshot;
import io.stormwall.web.JsonContract;
import java.time.Instant;
import java.util.List;

/**
 * A board as {@code export.json} holds it: everything but its id and tokens, versioned by {@code schemaVersion}
 * (docs/export.schema.json describes it). {@code coach} (the notation coach's switch and the findings accepted) is
 * absent from files written before the coach; such a board imports with the coach on and nothing accepted.
 */
record BoardFile(int schemaVersion, Meta meta, PhaseRef phase, boolean gatingLifted, boolean frozen, long seq,
        List<Element> elements, List<PhaseTransition> phaseHistory, CoachSetting coach) {

    /** The version this server writes and reads: the schema's. */
    static final int SCHEMA_VERSION = JsonContract.get().at(JsonContract.Document.EXPORT, "/properties/schemaVersion/const").asInt();

    record Meta(String title, String format, Instant createdAt, Instant exportedAt) {}

    static BoardFile of(WallSnapshot snapshot, CoachSetting coach, Instant now) {
        BoardSummary b = snapshot.board();
        return new BoardFile(SCHEMA_VERSION, new Meta(b.title(), b.format(), b.createdAt(), now), b.phase(),
                b.gatingLifted(), b.frozen(), b.seq(), snapshot.elements(), snapshot.phaseHistory(), coach);
    }
}
