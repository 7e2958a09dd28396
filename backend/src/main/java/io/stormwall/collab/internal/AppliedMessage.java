package io.stormwall.collab.internal;

import io.stormwall.wall.BatchApplied;
import io.stormwall.wall.PersonId;

/**
 * One batch's {@code applied} as each client may see it. A batch for one person only (a vote before the reveal) is
 * sent in full to that person's clients, every tab of theirs, and as its stand-in ops to everyone else: live, in a
 * catch-up after reconnecting and from the room's memory alike, every copy of a batch leaves the server through here.
 */
record AppliedMessage(long seq, PersonId owner, TextFrame toOwner, TextFrame toOthers) {

    static AppliedMessage of(BatchApplied batch, Messages messages) {
        TextFrame others = TextFrame.of(messages.applied(batch, batch.opsFor(null)));
        return batch.forEveryone() ? new AppliedMessage(batch.seq(), null, others, others)
                : new AppliedMessage(batch.seq(), batch.visibleTo(), TextFrame.of(messages.applied(batch, batch.ops())), others);
    }

    TextFrame to(PersonId viewer) {
        return owner != null && owner.equals(viewer) ? toOwner : toOthers;
    }

    /** A batch for everyone (nearly all) is picked without reading who the client is: one lookup less per receiver. */
    TextFrame to(Client client) {
        return owner == null ? toOthers : to(client.joined().person());
    }
}
