package io.stormwall.export.internal;

import java.util.Locale;
import org.springframework.http.ContentDisposition;

/** How every export is offered for saving: as an attachment named after the board, safe on any file system. */
public final class Attachments {

    private static final int MAX_NAME = 80;

    private Attachments() {}

    /** {@code attachment; filename="subscription-billing.json"} for a board titled "Subscription billing". */
    public static String disposition(String title, String extension) {
        return ContentDisposition.attachment().filename(fileName(title, extension)).build().toString();
    }

    /** Letters, digits, '-' and '_' only (anything else becomes one '-'), lower case; "board" when nothing is left. */
    public static String fileName(String title, String extension) {
        String base = title.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_-]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
        if (base.length() > MAX_NAME) {
            base = base.substring(0, MAX_NAME).replaceAll("-$", "");
        }
        return (base.isEmpty() ? "board" : base) + "." + extension;
    }
}
