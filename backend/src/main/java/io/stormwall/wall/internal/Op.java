package io.stormwall.wall.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * One edit of a batch as the schema's {@code op} describes it, bound by its {@code op} name; checked for shape but
 * not yet against the wall. {@code path} locates it in the batch once {@link #at} has placed it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Op.Create.class, name = "create"),
    @JsonSubTypes.Type(value = Op.Update.class, name = "update"),
    @JsonSubTypes.Type(value = Op.Delete.class, name = "delete")})
sealed interface Op {

    String path();

    /** The op placed at {@code path} of its batch; {@code source} is the JSON it was read from. */
    Op at(String path, ObjectNode source);

    /** A new element; the server makes its id when the client gave none. */
    record Create(ElementFields element, String path) implements Op {
        UUID id() {
            return element.id();
        }

        @Override
        public Create at(String path, ObjectNode source) {
            return new Create(element.id() == null ? element.withId(UUID.randomUUID()) : element, path);
        }
    }

    /** {@code rawSet} is the change as sent: the applied op carries it back unchanged. */
    record Update(UUID id, ElementFields set, ObjectNode rawSet, String path) implements Op {
        @Override
        public Update at(String path, ObjectNode source) {
            return new Update(id, set, (ObjectNode) source.get("set"), path);
        }
    }

    record Delete(UUID id, String path) implements Op {
        @Override
        public Delete at(String path, ObjectNode source) {
            return new Delete(id, path);
        }
    }
}
