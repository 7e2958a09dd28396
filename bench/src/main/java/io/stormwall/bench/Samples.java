package io.stormwall.bench;

import java.util.Arrays;

/** A growable list of latencies in nanoseconds, and the percentiles of a sorted copy. Not thread-safe. */
final class Samples {

    private long[] values;
    private int size;

    Samples(int initialCapacity) {
        values = new long[Math.max(16, initialCapacity)];
    }

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    void addAll(Samples other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    int size() {
        return size;
    }

    Samples copy() {
        Samples copy = new Samples(size);
        copy.addAll(this);
        return copy;
    }

    long[] sorted() {
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return sorted;
    }

    /** Nearest-rank percentile of an ascending array, in milliseconds; NaN when empty. */
    static double percentileMs(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1_000_000.0;
    }

    static double maxMs(long[] sorted) {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1_000_000.0;
    }
}
