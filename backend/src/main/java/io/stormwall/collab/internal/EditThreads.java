package io.stormwall.collab.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The threads that put live batches into their boards' order, shared by every board: a batch waits here for its
 * commit, never the thread reading its connection.
 */
@Component
class EditThreads implements DisposableBean, Executor {

    private final ExecutorService pool;

    EditThreads(CollabProperties properties) {
        this.pool = Executors.newFixedThreadPool(properties.editThreads(), Threads.daemon("ws-edit"));
    }

    BatchLine lineFor(CollabProperties properties) {
        return new BatchLine(properties.maxBatchesInFlight());
    }

    @Override
    public void execute(Runnable task) {
        pool.execute(task);
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
