package io.stormwall.export.internal.report;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names and comments for the generated Java sources. Whatever a sticky or field says, what comes out is an ASCII
 * identifier that is no keyword and hides nothing the sources rely on, or a comment it can't end, escape from or turn
 * into a tag: every file is plain ASCII, so it compiles whatever the compiler's default encoding.
 */
final class JavaNames {

    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "var", "yield",
            "record", "sealed", "permits", "non-sealed", "when", "module", "exports", "open", "opens", "requires",
            "uses", "provides", "to", "with", "transitive");

    /**
     * Names a field may not take: the first part of every qualified name the sources write ({@code java.util.UUID},
     * {@code workshop.billing.PaymentFailed}), which a field of that name would obscure, the names the generated
     * methods use, and {@link Object}'s methods, which a record component's accessor would clash with.
     */
    private static final Set<String> TAKEN_BY_SOURCES = Set.of("java", "javax", CodeSkeleton.ROOT, "event", "command", "current",
            "toString", "hashCode", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

    private static final int LONGEST = 60;

    private final Set<String> taken = new HashSet<>();

    /** A fresh UpperCamelCase type name in this package; names are told apart whatever their case, as some file systems do. */
    String type(String text, String fallback) {
        String base = truncated(CmlNames.identifier(text, fallback));
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + n;
        }
        return name;
    }

    /** A fresh lowerCamelCase name among a record's components. */
    String member(String text, String fallback) {
        String upper = truncated(CmlNames.identifier(text, fallback));
        String base = Character.toLowerCase(upper.charAt(0)) + upper.substring(1);
        if (KEYWORDS.contains(base) || TAKEN_BY_SOURCES.contains(base)) {
            base = base + "Value";
        }
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + n;
        }
        return name;
    }

    /** A package's last part: lower-case ASCII letters and digits, no keyword. */
    String packagePart(String text, String fallback) {
        String name = CmlNames.identifier(text, fallback).toLowerCase(Locale.ROOT);
        name = truncated(KEYWORDS.contains(name) || name.equals(CodeSkeleton.ROOT) ? name + "s" : name);
        String unique = name;
        for (int n = 2; !taken.add(unique); n++) {
            unique = name + n;
        }
        return unique;
    }

    /**
     * Text for a Javadoc comment, on one line and inert: it can't end the comment ({@code * /}), start a tag or HTML,
     * or smuggle either in as a Unicode escape (backslashes are doubled, so none of the text's own can start one);
     * what is not ASCII is written as an escape of its own, which javac reads back as the character.
     */
    static String comment(String text) {
        String line = WallModel.oneLine(text);
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '/' -> out.append(i > 0 && line.charAt(i - 1) == '*' || i + 1 < line.length() && line.charAt(i + 1) == '*' ? "&#47;" : "/");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '@' -> out.append("&#64;");
                case '{' -> out.append("&#123;");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(' ');
                    } else if (c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String truncated(String name) {
        return name.length() > LONGEST ? name.substring(0, LONGEST) : name;
    }
}
