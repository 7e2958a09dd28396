package io.stormwall.export.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.ContentDisposition;

/**
 * The one rule for how every export is offered for saving (JSON, CSV, photos, report, chain diagram, CML): as an
 * attachment named after the board's title — and, for a part of the wall, the part's name — in plain ASCII letters,
 * digits and dashes, so the name is safe on any file system and needs no encoding in the header.
 */
public final class Attachments {

    static final int MAX_NAME = 80;

    private Attachments() {}

    /** {@code attachment; filename="subscription-billing.json"} for a board titled "Subscription billing". */
    public static String disposition(String title, String extension) {
        return disposition(title, null, extension);
    }

    /** The same for a part of the wall ({@code part} may be null): {@code subscription-billing-payments.svg}. */
    public static String disposition(String title, String part, String extension) {
        return ContentDisposition.attachment().filename(fileName(title, part, extension)).build().toString();
    }

    /**
     * "Café Q3", "Billing" and "svg" → {@code cafe-q3-billing.svg}: accents dropped, lower case, every run of other
     * characters one '-', at most 80 characters before the extension, "board" when nothing is left.
     */
    public static String fileName(String title, String part, String extension) {
        String base = Stream.of(title, part).map(Attachments::slug).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("-"));
        if (base.length() > MAX_NAME) {
            base = base.substring(0, MAX_NAME).replaceAll("-+$", "");
        }
        return (base.isEmpty() ? "board" : base) + "." + extension;
    }

    public static String fileName(String title, String extension) {
        return fileName(title, null, extension);
    }

    private static String slug(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
