package io.stormwall.collab.internal;

import io.stormwall.board.BoardId;
import io.stormwall.wall.EditOutcome;
import io.stormwall.wall.Reach;
import io.stormwall.wall.SentBatch;
import io.stormwall.wall.Wall;
import io.stormwall.web.ApiException;
import io.stormwall.web.DatabaseOutage;
import io.stormwall.web.ErrorCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts each board's live batches and facilitator controls into its order in groups: the batches that queued for a
 * board while its last group committed are checked one after another against the board as the ones before them left
 * it, and written in one transaction that locks the board once ({@link Wall#hold}), so one flush to disk, one save
 * of the board's live state and one NOTIFY serve them all. Boards that are ready at the same time share a transaction
 * too: each keeps its own group, order and seqs, and one flush serves them all, so a server hosting many busy boards
 * commits a few times per flush's wait instead of once per board. Each batch keeps its own seq, answer and atomicity:
 * it is refused before it writes ({@link Wall#along}), changing nothing while the others land; the rare batch that
 * fails after writing has the group written again with a savepoint per batch ({@link Wall#apart}), to which a refused
 * one is rolled back. A transaction of one batch needs no savepoint: a refusal rolls it back. Nobody is told of a
 * batch before its transaction has committed.
 */
@Component
class GroupCommit {

    /** A batch or control waiting for its board's next group; {@code reach}: the elements it names, as far as known. */
    record Pending(Client client, Client.Joined who, String clientOpId, Reach reach, Function<Client.Joined, EditOutcome> act) {}

    /** One board's batches taken for a transaction, from its queue. */
    private record Group(BoardLines.Line<Pending> queue, List<Pending> batches) {}

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
    /**
     * The most a transaction holds, all its boards' batches together: a board that keeps receiving still commits, and
     * its senders are answered, often.
     */
    static final int MAX_GROUP = 256;

    private final BoardLines<Pending> queues = new BoardLines<>(this::ready);
    /** Boards with batches to take and no transaction taking them, in the order they became ready. */
    private final Queue<BoardLines.Line<Pending>> ready = new ConcurrentLinkedQueue<>();
    private final EditThreads threads;
    private final TransactionTemplate group;
    private final Messages messages;
    private final SessionCloser closer;
    private final Wall wall;

    GroupCommit(EditThreads threads, PlatformTransactionManager transactions, Messages messages, SessionCloser closer, Wall wall) {
        this.threads = threads;
        this.wall = wall;
        this.group = new TransactionTemplate(transactions);
        this.messages = messages;
        this.closer = closer;
    }

    /** Queues a batch behind those its board already has; a connection's batches keep the order they arrived in. */
    void queue(BoardId board, Pending batch) {
        queues.add(board, batch);
    }

    private void ready(BoardLines.Line<Pending> queue) {
        ready.add(queue);
        threads.execute(this::round);
    }

    /**
     * One transaction for the boards ready now, each board's batches in it as one group; then each board goes back to
     * the end of the ready ones, so that busy boards share the threads and a board is in one transaction at a time.
     */
    private void round() {
        List<Group> groups = new ArrayList<>();
        int taken = 0;
        BoardLines.Line<Pending> queue;
        while (taken < MAX_GROUP && (queue = ready.poll()) != null) {
            List<Pending> next = queues.take(queue, MAX_GROUP - taken);
            if (!next.isEmpty()) {
                groups.add(new Group(queue, next));
                taken += next.size();
            }
        }
        if (groups.isEmpty()) {
            return;
        }
        try {
            commit(groups, taken);
        } finally {
            for (Group done : groups) {
                ready(done.queue());
            }
        }
    }

    private void commit(List<Group> groups, int count) {
        List<Pending> batches = new ArrayList<>(count);
        Map<BoardId, List<SentBatch>> sent = new LinkedHashMap<>();
        Map<BoardId, Reach> reach = new HashMap<>();
        for (Group each : groups) {
            batches.addAll(each.batches());
            sent.put(each.queue().board(), each.batches().stream().map(b -> new SentBatch(b.who().origin(), b.clientOpId())).toList());
            reach.put(each.queue().board(), Reach.all(each.batches().stream().map(Pending::reach).toList()));
        }
        String[] answers;
        try {
            try {
                answers = write(batches, sent, reach, false);
            } catch (Wall.Entangled e) {
                if (DatabaseOutage.causedBy(e.getCause())) {
                    throw e;
                }
                // nothing of the group is stored: it is written again, each batch within a savepoint of its own
                answers = write(batches, sent, reach, true);
            }
        } catch (RuntimeException e) {
            failed(batches, e);
            return;
        }
        // an applied batch reaches everyone, its sender included, through the room once committed; the rest are answered here
        for (int i = 0; i < batches.size(); i++) {
            Pending batch = batches.get(i);
            if (answers[i] != null) {
                batch.client().send(answers[i]);
            }
            batch.client().batches.done();
        }
    }

    /**
     * The group's transaction: one lock round trip for all the boards, one read of which batches are resends, one save
     * of each board's live state and one NOTIFY each. The batches run without savepoints ({@link Wall#along}) unless
     * {@code apart}: a batch is refused before it writes, nearly always, and leaves nothing to take back.
     */
    private String[] write(List<Pending> batches, Map<BoardId, List<SentBatch>> sent, Map<BoardId, Reach> reach, boolean apart) {
        String[] answers = new String[batches.size()];
        group.executeWithoutResult(status -> {
            wall.hold(sent, reach);
            for (int i = 0; i < batches.size(); i++) {
                // a stopped connection's batch is dropped unanswered: the client resends it
                if (!batches.get(i).client().batches.stopped()) {
                    answers[i] = batches.size() == 1 && !apart ? settleAlone(batches.get(i), status) : settle(batches.get(i), apart);
                }
            }
        });
        return answers;
    }

    /** Its answer when that is not the broadcast {@code applied}. */
    private String settle(Pending batch, boolean apart) {
        try {
            Supplier<EditOutcome> act = () -> batch.act().apply(batch.who());
            return answer(batch, apart ? wall.apart(act) : wall.along(act));
        } catch (Wall.Entangled e) {
            throw e;
        } catch (RuntimeException e) {
            return refused(batch, e);
        }
    }

    /** Alone in its transaction: a refusal rolls it back, and it holds nothing else. */
    private String settleAlone(Pending batch, TransactionStatus group) {
        try {
            return answer(batch, batch.act().apply(batch.who()));
        } catch (RuntimeException e) {
            group.setRollbackOnly();
            return refused(batch, e);
        }
    }

    private String answer(Pending batch, EditOutcome outcome) {
        return outcome instanceof EditOutcome.Duplicate duplicate
                ? messages.write(new ServerMessage.Ack(batch.clientOpId(), duplicate.seq(), true)) : null;
    }

    private String refused(Pending batch, RuntimeException e) {
        if (e instanceof ApiException refusal) {
            return messages.rejected(batch.clientOpId(), refusal);
        }
        if (DatabaseOutage.causedBy(e)) {
            throw e; // the group can't commit: every batch in it is answered as unavailable
        }
        // a fault that a resend would meet again: answered like a refusal, the connection goes on
        log.error("Failed to apply a live batch", e);
        return messages.write(new ServerMessage.Error(ErrorCode.INTERNAL_ERROR,
                "Something went wrong on the server; this batch was not applied.", null, batch.clientOpId()));
    }

    /** Nothing of the group is stored: each connection in it is told to resend from its first batch of the group. */
    private void failed(List<Pending> batches, RuntimeException e) {
        boolean outage = DatabaseOutage.causedBy(e);
        if (outage) {
            log.warn("A group of {} live batches failed, the database is unavailable: {}", batches.size(), e.getMessage());
        } else {
            log.error("A group of {} live batches failed to commit", batches.size(), e);
        }
        for (Pending batch : batches) {
            Client client = batch.client();
            if (!client.batches.stopped()) {
                // later batches of this connection must not overtake this one: the client resends them all, in order
                client.batches.stop();
                client.send(messages.write(new ServerMessage.Error(ErrorCode.DATABASE_UNAVAILABLE, "The database cannot be reached;"
                        + " this batch was not applied. Reconnect and resend it.", null, batch.clientOpId())));
                closer.closeAfterWrite(client, CloseCodes.RESEND);
            }
            client.batches.done();
        }
    }
}
