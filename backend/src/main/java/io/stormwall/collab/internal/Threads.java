package io.stormwall.collab.internal;

import java.util.concurrent.ThreadFactory;

/** Background threads of the live wall never keep the JVM alive on their own. */
final class Threads {

    private Threads() {}

    static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
