package io.stormwall.wall.internal;

import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/** One edit of a batch, checked for shape but not yet against the wall. {@code path} locates it in the batch. */
sealed interface Op {

    String path();

    record Create(String path, UUID id, ElementFields element) implements Op {}

    record Update(String path, UUID id, ElementFields set, ObjectNode rawSet) implements Op {}

    record Delete(String path, UUID id) implements Op {}
}
