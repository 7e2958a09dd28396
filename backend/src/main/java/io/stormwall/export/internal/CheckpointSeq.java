package io.stormwall.export.internal;

import io.stormwall.web.ApiException;

/** A checkpoint in an export's path is named by its seq. */
public final class CheckpointSeq {

    private CheckpointSeq() {}

    public static long parse(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiException.invalid("seq", "A checkpoint is named by its seq, a whole number; '" + text + "' is not one.");
        }
    }
}
