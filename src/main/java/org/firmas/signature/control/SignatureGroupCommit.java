package org.firmas.signature.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Inserts new signatures by group commit: while a group commits, the signatures that arrive
 * meanwhile queue up, and the next commit takes them all. A surge of hundreds of signers a second then
 * costs the database a few dozen transactions a second instead of one per signer; a lone signer
 * is written at once. There is no writer thread: a request that finds fewer than
 * {@link #MOST_WRITING} groups being written writes the queue itself, the others sleep until
 * their signature is written or the turn is handed to them, and every request returns only when
 * its own signature is committed, so an answered request is a stored signature.
 * <p>
 * When a group fails (a twin signed on another node at the same moment, or a bad row), each of
 * its signatures is written again on its own, so one failure never costs the others theirs.
 */
@ApplicationScoped
public class SignatureGroupCommit {

    /** Bounds a transaction's size; in practice a group is the requests that came in during the last commit. */
    static final int MOST_PER_GROUP = 200;
    /**
     * Groups written at the same time. While one group waits for the database, the next one is
     * prepared (encrypted, its mails composed) and sent, so neither the database nor the server
     * idles while the other works.
     */
    static final int MOST_WRITING = 2;

    @Inject
    SignatureInserts store;

    private final Queue<Waiting> queue = new ConcurrentLinkedQueue<>();
    /** How many requests are writing a group now, at most {@link #MOST_WRITING}. */
    private final AtomicInteger writing = new AtomicInteger();

    /** The new signature's id once committed; empty when the address had signed this campaign already. */
    public Optional<Long> insertIfNew(NewSignature signature) {
        Waiting mine = new Waiting(signature, new CompletableFuture<>(), Thread.currentThread(), new AtomicBoolean());
        queue.add(mine);
        while (!mine.result().isDone()) {
            if (!mine.inGroup().get() && takeTurn()) {
                try {
                    writeQueued();
                } finally {
                    endTurn();
                }
            } else {
                awaitWake();
            }
        }
        return mine.join();
    }

    private boolean takeTurn() {
        for (int now = writing.get(); now < MOST_WRITING; now = writing.get()) {
            if (writing.compareAndSet(now, now + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hands the turn on to the first signature still queued. Each request sleeps until its own
     * group is written or the turn comes to it, so a finished group wakes its own requests and one
     * more, not every request waiting. None is left asleep with a turn free: one that queued
     * after this look at the queue finds the turn free when it tries to take it.
     */
    private void endTurn() {
        writing.decrementAndGet();
        Waiting next = queue.peek();
        if (next != null) {
            LockSupport.unpark(next.thread());
        }
    }

    private static void awaitWake() {
        LockSupport.park();
        if (Thread.interrupted()) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the signature was being written");
        }
    }

    private void writeQueued() {
        List<Waiting> group = new ArrayList<>();
        for (Waiting next = queue.poll(); next != null; next = group.size() < MOST_PER_GROUP ? queue.poll() : null) {
            next.inGroup().set(true);
            group.add(next);
        }
        if (group.isEmpty()) {
            return;
        }
        try {
            List<Optional<Long>> ids = store.insertAllNew(group.stream().map(Waiting::signature).toList());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).answer(ids.get(i));
            }
        } catch (RuntimeException groupFailed) {
            group.forEach(this::writeAlone);
        }
    }

    private void writeAlone(Waiting waiting) {
        try {
            waiting.answer(store.insertIfNew(waiting.signature()));
        } catch (RuntimeException failed) {
            waiting.fail(failed);
        }
    }

    private record Waiting(NewSignature signature, CompletableFuture<Optional<Long>> result, Thread thread,
                           AtomicBoolean inGroup) {

        void answer(Optional<Long> id) {
            result.complete(id);
            LockSupport.unpark(thread);
        }

        void fail(RuntimeException failure) {
            result.completeExceptionally(failure);
            LockSupport.unpark(thread);
        }

        Optional<Long> join() {
            try {
                return result.join();
            } catch (CompletionException failed) {
                throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
            }
        }
    }
}
