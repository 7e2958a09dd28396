package io.stormwall.export.internal.report;

import io.stormwall.notation.DataShape;
import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The events that cross a bounded context's boundary as an AsyncAPI 3.0 document: one channel per such event, sent
 * by the context it belongs to and received by each context whose policies or read models react to it, its payload
 * the event's fields. Events that stay inside their context are the context's own business and are left out.
 */
final class AsyncApiDocument {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<String, Map<String, String>> TYPES = Map.of(
            "string", Map.of("type", "string"), "number", Map.of("type", "number"), "boolean", Map.of("type", "boolean"),
            "date", Map.of("type", "string", "format", "date-time"), "id", Map.of("type", "string", "format", "uuid"),
            "money", Map.of("type", "string", "pattern", "^-?[0-9]+(\\.[0-9]+)?$"));

    private AsyncApiDocument() {}

    static ObjectNode of(WallModel model) {
        ObjectNode document = JSON.objectNode().put("asyncapi", "3.0.0");
        document.putObject("info")
                .put("title", WallModel.oneLine(model.snapshot().board().title()) + ": events between bounded contexts")
                .put("version", String.valueOf(model.snapshot().board().seq()))
                .put("description", "Written from the EventStorming wall at edit " + model.snapshot().board().seq()
                        + ": each event one bounded context publishes and another reacts to.");
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode messages = document.putObject("components").putObject("messages");
        CmlNames ids = new CmlNames();
        Map<UUID, List<Element>> receivers = receivers(model);
        receivers.forEach((eventId, contexts) -> {
            Element event = contexts.get(0);
            Element owner = contexts.get(1);
            String id = ids.unique(WallModel.label(event), "Event").replace("^", "");
            messages.set(id, message(event));
            ObjectNode channel = channels.putObject(id);
            channel.put("address", slug(WallModel.label(owner)) + "." + slug(WallModel.label(event)));
            channel.put("title", WallModel.oneLine(WallModel.label(event)));
            channel.putObject("messages").putObject(id).put("$ref", "#/components/messages/" + id);
            operation(operations, "publish" + id, "send", id, WallModel.label(owner) + " publishes it");
            for (Element receiver : contexts.subList(2, contexts.size())) {
                operation(operations, "receive" + id + "In" + CmlNames.identifier(WallModel.label(receiver), "Context")
                        + receiver.id().toString().substring(0, 8), "receive", id, WallModel.label(receiver) + " reacts to it");
            }
        });
        return document;
    }

    /** Per crossing event: the event, its own context, then each context that reacts to it, in timeline order. */
    private static Map<UUID, List<Element>> receivers(WallModel model) {
        Map<UUID, List<Element>> byEvent = new LinkedHashMap<>();
        for (WallModel.Crossing crossing : model.crossings()) {
            if (crossing.item().kind() == ElementKind.EVENT) {
                List<Element> list = byEvent.computeIfAbsent(crossing.item().id(), id -> new ArrayList<>(List.of(crossing.item(), crossing.from())));
                list.add(crossing.to());
            }
        }
        return byEvent;
    }

    private static ObjectNode message(Element event) {
        ObjectNode message = JSON.objectNode()
                .put("name", CmlNames.identifier(WallModel.label(event), "Event"))
                .put("title", WallModel.oneLine(WallModel.label(event)));
        ObjectNode payload = message.putObject("payload").put("type", "object");
        ObjectNode properties = payload.putObject("properties");
        DataShape.fields(event).forEach(field -> properties.set(field.name(), schemaOf(field.type())));
        payload.putArray("required").addAll(properties.propertyNames().stream().map(JSON::stringNode).toList());
        return message;
    }

    private static ObjectNode schemaOf(String type) {
        ObjectNode schema = JSON.objectNode();
        Map<String, String> basic = TYPES.get(type.toLowerCase(Locale.ROOT));
        if (basic != null) {
            schema.put("type", basic.get("type"));
            basic.forEach((key, value) -> schema.put(key, value));
        } else if (type.equalsIgnoreCase("list")) {
            schema.put("type", "array").putObject("items").put("type", "string");
        } else {
            schema.put("type", "object").put("description", WallModel.oneLine(type));
        }
        return schema;
    }

    private static void operation(ObjectNode operations, String id, String action, String channel, String summary) {
        ObjectNode operation = operations.putObject(id).put("action", action);
        operation.putObject("channel").put("$ref", "#/channels/" + channel);
        operation.put("summary", WallModel.oneLine(summary));
    }

    /** An address part: lower case ASCII words joined by '-', as brokers' topic names like them. */
    private static String slug(String text) {
        String id = CmlNames.identifier(text, "x");
        return id.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
