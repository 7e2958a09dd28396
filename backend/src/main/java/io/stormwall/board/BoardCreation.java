package io.stormwall.board;

/**
 * Creating a board, for every way a board comes to be (the create endpoint, importing a file, continuing a
 * workshop on a new board), so each one passes the same checks and gets its links the same way.
 */
public interface BoardCreation {

    /** Longest title, counted after trimming. */
    int MAX_TITLE_LENGTH = 200;

    /**
     * Creates the board in its format's first phase, with a fresh token and link for every role. Joins the caller's
     * transaction, so whatever the caller stores on the new board afterwards commits or rolls back with it.
     *
     * @param format a format id; null means the default format
     * @param origin the scheme, host and port the links point at
     * @throws io.stormwall.web.ApiException for a blank or too long title ({@code VALIDATION_FAILED}, field
     *         {@code title}) or an unknown format ({@code UNKNOWN_FORMAT}, field {@code format})
     */
    CreatedBoard create(String title, String format, String origin);
}
