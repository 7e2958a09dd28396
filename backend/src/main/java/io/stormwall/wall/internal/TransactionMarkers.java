package io.stormwall.wall.internal;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the live path keeps for the length of one transaction (the boards it holds, an act's savepoint, writes not
 * sent yet), one object per class, bound to the transaction's thread while it lasts.
 */
final class TransactionMarkers {

    private TransactionMarkers() {}

    /** The current transaction's marker of {@code type}; null outside a transaction, or while it has none. */
    static <T> T of(Class<T> type) {
        return TransactionSynchronizationManager.isActualTransactionActive()
                ? type.cast(TransactionSynchronizationManager.getResource(type)) : null;
    }

    /** The transaction's marker of {@code type}, made when it has none and kept until the transaction ends. */
    static <T> T made(Class<T> type, Supplier<T> made) {
        return made(type, made, unused -> { }, unused -> { });
    }

    /**
     * The transaction's marker of {@code type}, made when it has none and kept until the transaction ends: it is given
     * {@code beforeCommit} just before the transaction commits and {@code afterCompletion} once it has ended.
     */
    static <T> T made(Class<T> type, Supplier<T> made, Consumer<T> beforeCommit, Consumer<T> afterCompletion) {
        T bound = of(type);
        if (bound == null) {
            T created = made.get();
            bound = created;
            TransactionSynchronizationManager.bindResource(type, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    beforeCommit.accept(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(type);
                    afterCompletion.accept(created);
                }
            });
        }
        return bound;
    }
}
