package io.stormwall.web;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract of docs/protocol/protocol.schema.json and docs/export.schema.json, held at run time: what a message,
 * a request body or an imported file must look like is decided by those files alone, and every fault is named by
 * its JSON path (such as {@code ops[3].element.text}). The schemas travel on the classpath under {@code contract/}.
 */
public final class JsonContract {

    /** One of the two schema files. */
    public enum Document {
        PROTOCOL("contract/protocol/protocol.schema.json", "https://stormwall.io/schemas/protocol.json"),
        EXPORT("contract/export.schema.json", "https://stormwall.io/schemas/export-1.json");

        private final String resource;
        private final String uri;

        Document(String resource, String uri) {
            this.resource = resource;
            this.uri = uri;
        }
    }

    private static final JsonContract INSTANCE = new JsonContract();

    private final SchemaRegistry registry;
    private final Map<Document, JsonNode> documents = new LinkedHashMap<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private JsonContract() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Document document : Document.values()) {
            JsonNode schema = JsonMapper.shared().readTree(Objects.requireNonNull(
                    JsonContract.class.getClassLoader().getResourceAsStream(document.resource), document.resource + " is not on the classpath."));
            documents.put(document, schema);
            texts.put(document.uri, schema.toString());
        }
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemas(texts)
                .schemaRegistryConfig(SchemaRegistryConfig.builder().locale(Locale.ENGLISH).pathType(PathType.LEGACY)
                        // a timestamp's pattern can't tell 30 February from a date; its "format" can
                        .formatAssertionsEnabled(true).build()));
    }

    public static JsonContract get() {
        return INSTANCE;
    }

    /**
     * What is wrong with {@code node} as the definition {@code def} of {@code document} ({@code null} for the whole
     * document), at most one problem per path, each path prefixed with {@code under} (empty for none).
     */
    public List<InputProblem> problems(Document document, String def, JsonNode node, String under) {
        Schema schema = schemas.computeIfAbsent(document + "#" + def, key -> registry.getSchema(
                SchemaLocation.of(def == null ? document.uri : document.uri + "#/$defs/" + def)));
        Map<String, InputProblem> byPath = new LinkedHashMap<>();
        for (Error error : schema.validate(node)) {
            String path = path(under, error.getInstanceLocation(), error.getProperty());
            byPath.computeIfAbsent(path, at -> new InputProblem(at, sentence(document, error, at)));
        }
        return List.copyOf(byPath.values());
    }

    /**
     * Like {@link #problems}, but the items of the array {@code field} are left out: whoever reads them checks them,
     * once (an edit batch's ops are checked by the wall, whichever transport brought them).
     */
    public List<InputProblem> problemsAround(Document document, String def, JsonNode node, String field) {
        if (node instanceof ObjectNode object && object.get(field) instanceof ArrayNode) {
            ObjectNode envelope = object.objectNode();
            object.properties().forEach(e -> envelope.set(e.getKey(), e.getKey().equals(field) ? object.arrayNode() : e.getValue()));
            return problems(document, def, envelope, "");
        }
        return problems(document, def, node, "");
    }

    /** A value the schema states, such as {@code $defs.protocolVersion.const}: the one place a limit is kept. */
    public JsonNode at(Document document, String pointer) {
        return documents.get(document).at(pointer);
    }

    /** The properties a definition names. */
    public Set<String> properties(Document document, String def) {
        return Set.copyOf(documents.get(document).path("$defs").path(def).path("properties").propertyNames());
    }

    /** Legacy paths ({@code $.ops[3].text}) name fields as they are written, without JSON Path's quoting. */
    private static String path(String under, NodePath at, String property) {
        String path = (under + at.toString().substring(1)).replaceFirst("^\\.", "");
        Object last = at.getNameCount() == 0 ? null : at.getElement(at.getNameCount() - 1);
        if (property != null && !property.equals(last)) {
            path = path.isEmpty() ? property : path + "." + property;
        }
        return path.isEmpty() ? "$" : path;
    }

    /** Says what is wrong in a sentence that names the field, as the problem's path names where it is. */
    private String sentence(Document document, Error error, String path) {
        String field = "'" + path.substring(Math.max(path.lastIndexOf('.') + 1, 0)) + "'";
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        String plain = lowercased(error.getMessage()) + ".";
        return switch (keyword) {
            case "additionalProperties" -> "Unknown field '" + error.getProperty() + "'.";
            case "required" -> "Missing '" + error.getProperty() + "'.";
            case "false" -> field + " is not allowed here.";
            case "type" -> field + " must be " + typeOf(error.getSchemaNode()) + ".";
            case "pattern" -> field + " breaks its rule: " + described(document, error, plain);
            case "propertyNames" -> "The key '" + error.getProperty() + "' breaks its rule: " + described(document, error, plain);
            case "const" -> described(document, error, field + " " + plain);
            default -> field + " " + plain;
        };
    }

    /**
     * A pattern says nothing a person can read, and a constant not why it is the one, so a description says the rule
     * instead ({@code otherwise} when there is none): a value's is that of the definition holding the keyword, a
     * key's that of the definition its {@code propertyNames} refers to.
     */
    private String described(Document document, Error error, String otherwise) {
        String pointer = error.getSchemaLocation().getFragment().toString();
        String holder = error.getKeyword().equals("propertyNames") ? at(document, pointer).path("$ref").asString("").replaceFirst("^#", "")
                : pointer.substring(0, Math.max(pointer.lastIndexOf('/'), 0));
        String description = holder.isEmpty() ? "" : at(document, holder).path("description").asString("");
        return description.isEmpty() ? otherwise : description;
    }

    private static final Map<String, String> TYPES = Map.of("string", "text", "number", "a number", "integer", "a whole number",
            "boolean", "true or false", "object", "a JSON object", "array", "a list", "null", "null");

    /** The type, or the types a value may have, in words. */
    private static String typeOf(JsonNode schema) {
        JsonNode type = schema == null ? MissingNode.getInstance() : schema.isObject() ? schema.path("type") : schema;
        List<String> words = new ArrayList<>();
        (type.isArray() ? type.values() : List.of(type)).forEach(t -> words.add(TYPES.getOrDefault(t.asString(""), "of another type")));
        return String.join(" or ", words);
    }

    private static String lowercased(String message) {
        // numbers as the schema writes them (1000, not 1,000), so a message can be searched for the limit
        String plain = message.replaceAll("(\\d),(?=\\d{3})", "$1");
        return plain.isEmpty() ? plain : Character.toLowerCase(plain.charAt(0)) + plain.substring(1);
    }
}
