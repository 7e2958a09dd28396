package io.stormwall.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.IntNode;

/**
 * JSON that every reader can take, held at each edge before anything else looks at it. Text: JSON may spell a lone
 * surrogate ({@code "\ud800"}), which no UTF-8 frame or PostgreSQL text can hold, and a NUL, which PostgreSQL
 * refuses; input holding either (field names included) is refused, and output is made well-formed once, where it
 * is written. Numbers: {@code 1e400} reads as infinity and {@code 9223372036854775808} fits no long, so a number
 * that is not finite or lies beyond a long is refused, and {@code -0} is taken as 0 (a stored -0 would compare
 * unequal to the 0 of a replay).
 */
public final class ReadableJson {

    private static final char REPLACEMENT = '\uFFFD';
    private static final BigInteger LARGEST = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger SMALLEST = BigInteger.valueOf(Long.MIN_VALUE);

    private ReadableJson() {}

    /**
     * The first unreadable field name, text or number in {@code node}, at its JSON path (such as
     * {@code ops[0].element.text}); a {@code -0} on the way is made 0 in place.
     */
    public static Optional<InputProblem> problemIn(JsonNode node) {
        return problemIn(node, new StringBuilder());
    }

    /**
     * For a body Jackson refused as bytes: it takes a lone surrogate in a field's name (though not in a value) for
     * broken JSON there, yet reads it from text, so the body is read again as text to name such a name like any
     * other unreadable text. Empty when the body is broken JSON indeed.
     */
    public static Optional<InputProblem> problemInRefused(byte[] body) {
        try {
            return problemIn(JsonMapper.shared().readTree(new String(body, StandardCharsets.UTF_8)));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static Optional<InputProblem> problemIn(JsonNode node, StringBuilder path) {
        if (node.isString()) {
            int at = unreadableAt(node.stringValue());
            return at < 0 ? Optional.empty() : Optional.of(new InputProblem(pathOf(path),
                    "'" + lastName(path) + "' is not readable text: " + what(node.stringValue(), at) + " at character " + (at + 1) + "."));
        }
        if (node.isNumber()) {
            return beyondALong(node) ? Optional.of(new InputProblem(pathOf(path), "'" + lastName(path) + "' is "
                    + (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue()) ? "not a finite number" : "beyond the largest number taken here")
                    + ": numbers lie within ±" + Long.MAX_VALUE + ".")) : Optional.empty();
        }
        int length = path.length();
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (negativeZero(array.get(i))) {
                    array.set(i, IntNode.valueOf(0));
                }
                Optional<InputProblem> problem = problemIn(array.get(i), path.append('[').append(i).append(']'));
                path.setLength(length);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (negativeZero(field.getValue())) {
                    field.setValue(IntNode.valueOf(0));
                }
                String name = field.getKey();
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(escaped(name));
                int at = unreadableAt(name);
                if (at >= 0) {
                    return Optional.of(new InputProblem(path.toString(), "The field name '" + escaped(name)
                            + "' is not readable text: " + what(name, at) + "."));
                }
                Optional<InputProblem> problem = problemIn(field.getValue(), path);
                path.setLength(length);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean beyondALong(JsonNode number) {
        if (number.isIntegralNumber()) {
            BigInteger value = number.bigIntegerValue();
            return value.compareTo(LARGEST) > 0 || value.compareTo(SMALLEST) < 0;
        }
        if (number.isBigDecimal()) {
            BigDecimal value = number.decimalValue();
            return value.compareTo(new BigDecimal(LARGEST)) > 0 || value.compareTo(new BigDecimal(SMALLEST)) < 0;
        }
        double value = number.doubleValue();
        return !Double.isFinite(value) || value >= 0x1p63 || value < -0x1p63;
    }

    private static boolean negativeZero(JsonNode node) {
        return (node.isDouble() || node.isFloat()) && node.doubleValue() == 0 && 1 / node.doubleValue() < 0;
    }

    /**
     * The text with every lone surrogate replaced by U+FFFD: for what is sent, so that no text that got in before
     * input was checked can make a frame unwritable.
     */
    public static String wellFormed(String text) {
        int at = firstLoneSurrogate(text, 0);
        if (at < 0) {
            return text;
        }
        StringBuilder fixed = new StringBuilder(text);
        while (at >= 0) {
            fixed.setCharAt(at, REPLACEMENT);
            at = firstLoneSurrogate(text, at + 1);
        }
        return fixed.toString();
    }

    /** Where the first NUL or lone surrogate of {@code text} is, or -1. */
    private static int unreadableAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || Character.isSurrogate(c) && !pairedAt(text, i)) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return -1;
    }

    private static int firstLoneSurrogate(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!pairedAt(text, i)) {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }

    /** Whether the surrogate at {@code i} is the high half of a pair (a low half on its own is never paired). */
    private static boolean pairedAt(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }

    private static String what(String text, int at) {
        char c = text.charAt(at);
        return c == 0 ? "it holds a NUL character (\\u0000)" : "it holds a lone surrogate (" + escape(c) + "), half of a character";
    }

    /** A name as a path shows it: what can't be read written as its JSON escape, so the path itself is readable. */
    private static String escaped(String name) {
        if (unreadableAt(name) < 0) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == 0 || Character.isSurrogate(c) && !pairedAt(name, i) && !(Character.isLowSurrogate(c) && i > 0 && pairedAt(name, i - 1))) {
                out.append(escape(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String escape(char c) {
        return String.format("\\u%04X", (int) c);
    }

    private static String pathOf(StringBuilder path) {
        return path.isEmpty() ? "$" : path.toString();
    }

    private static String lastName(StringBuilder path) {
        String full = pathOf(path);
        return full.substring(full.lastIndexOf('.') + 1);
    }
}
