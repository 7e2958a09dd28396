package io.stormwall.export.internal.report;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Identifiers and strings for Context Mapper's language. A sticky's text becomes an UpperCamelCase id of ASCII
 * letters and digits; a grammar keyword gets Xtext's {@code ^} escape; an id already taken in the same namespace gets
 * a number (2, 3, …). Ids are handed out in timeline order, so the same wall always gives the same ids.
 */
final class CmlNames {

    /** The keywords of the CML grammar (and Sculptor's types) an UpperCamelCase id could collide with. */
    private static final Set<String> KEYWORDS = Set.of(
            "ACL", "APPLICATION", "AS_IS", "AccessObject", "Aggregate", "Application", "ApplicationPart", "Bag",
            "BasicType", "BigDecimal", "BigInteger", "Blob", "Boolean", "BoundedContext", "C", "CF", "CHAR",
            "CONCRETE", "CORE_DOMAIN", "Clob", "Collection", "Command", "CommandEvent", "Consumer", "ContextMap",
            "D", "DECISION_MAKER", "DELETE", "DataTransferObject", "Date", "DateTime", "Domain", "DomainEvent",
            "Double", "Entity", "Event", "FEATURE", "Float", "Flow", "GENERIC_SUBDOMAIN", "GET", "HIGH", "HUGE",
            "INFLUENCER", "INTEGER", "Integer", "JOINED", "Key", "LOW", "List", "Long", "META", "MONOPOLIST", "Map",
            "Module", "NORMAL", "None", "O", "OFTEN", "OHS", "OPINION_LEADER", "ORGANIZATIONAL", "P", "PL", "POST",
            "PUT", "PagedResult", "PagingParameter", "Partnership", "RARELY", "Repository", "Resource", "S",
            "SINGLE_TABLE", "SK", "STRING", "SUPPORTING_DOMAIN", "SYSTEM", "SYSTEM_LANDSCAPE", "Service", "Set",
            "String", "Subdomain", "TEAM", "TINY", "TO_BE", "TacticDDDApplication", "Timestamp", "Trait", "U",
            "UNDEFINED", "UseCase", "UserStory", "VETO_RIGHT", "ValueObject", "X");

    private final Set<String> taken = new HashSet<>();

    /** A fresh id in this namespace for the given text; {@code fallback} names a text with no usable letters. */
    String unique(String text, String fallback) {
        String base = identifier(text, fallback);
        String id = base;
        for (int n = 2; !taken.add(id.toLowerCase(Locale.ROOT)); n++) {
            id = base + n;
        }
        return KEYWORDS.contains(id) ? "^" + id : id;
    }

    static String identifier(String text, String fallback) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        StringBuilder id = new StringBuilder();
        for (String word : ascii.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                id.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        if (id.isEmpty()) {
            return fallback;
        }
        return Character.isDigit(id.charAt(0)) ? fallback + id : id.toString();
    }

    /** A double-quoted CML string holding {@code text} exactly: quotes, backslashes and control characters escaped. */
    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Text for a {@code //} comment: it can't end the comment early, since line breaks become spaces. */
    static String comment(String text) {
        return WallModel.oneLine(text).replaceAll("\\p{Cntrl}", " ");
    }
}
