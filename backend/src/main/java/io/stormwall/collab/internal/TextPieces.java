package io.stormwall.collab.internal;

/**
 * Gathers a text message that arrives in pieces (it was longer than the connection's read buffer) into the whole
 * message, up to a limit. Only the thread reading the connection uses it.
 */
final class TextPieces {

    /** What {@link #add} found. */
    sealed interface Result {}

    /** More pieces are to come. */
    record Incomplete() implements Result {}

    record Whole(String message) implements Result {}

    /** The message passed the limit; the rest of its pieces are dropped. */
    record TooLong() implements Result {}

    private final int maxChars;
    private StringBuilder gathered;
    private boolean discarding;

    TextPieces(int maxChars) {
        this.maxChars = maxChars;
    }

    Result add(String piece, boolean last) {
        if (discarding) {
            discarding = !last;
            return new Incomplete();
        }
        if (gathered == null) {
            if (last) {
                return new Whole(piece);
            }
            gathered = new StringBuilder();
        }
        if (gathered.length() + piece.length() > maxChars) {
            gathered = null;
            discarding = !last;
            return new TooLong();
        }
        gathered.append(piece);
        if (!last) {
            return new Incomplete();
        }
        String whole = gathered.toString();
        gathered = null;
        return new Whole(whole);
    }
}
