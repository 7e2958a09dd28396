package io.stormwall.wall;

/** What became of a batch: applied now, or applied earlier (the same client op id was seen before). */
public sealed interface EditOutcome {

    long seq();

    record Applied(BatchApplied batch) implements EditOutcome {
        @Override
        public long seq() {
            return batch.seq();
        }
    }

    record Duplicate(long seq) implements EditOutcome {}
}
