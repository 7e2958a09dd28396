package io.stormwall.wall.internal;

import io.stormwall.wall.WallErrors;

/**
 * Where the checks of element fields report a fault: an edit batch is refused at its first one, a whole wall being
 * imported collects them all so the file's author sees every problem at once.
 */
@FunctionalInterface
interface Problems {

    /** Refuses at the first problem, as {@code VALIDATION_FAILED} naming its path. */
    Problems REFUSE = (path, message) -> {
        throw WallErrors.invalid(path, message);
    };

    void add(String path, String message);
}
