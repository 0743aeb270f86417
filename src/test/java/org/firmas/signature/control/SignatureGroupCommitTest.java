package org.firmas.signature.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.firmas.signature.entity.AddressKeys;
import org.junit.jupiter.api.Test;

/**
 * How concurrent signers share transactions. The store here writes to memory: what is checked is
 * the coordination (who writes, who waits, what each one is answered), which does not depend on
 * the database; the database side of the same path runs in the integration tests.
 */
class SignatureGroupCommitTest {

    @Test
    void concurrentSignersShareTransactionsAndEachIsAnsweredWithItsOwnId() throws Exception {
        MemoryStore store = new MemoryStore(5);
        List<String> addresses = IntStream.range(0, 120).mapToObj(index -> "signer-" + index).toList();

        List<Optional<Long>> answers = signAtOnce(writerOn(store), addresses);

        assertEquals(120, store.written.size(), "every signature was written once");
        for (int i = 0; i < addresses.size(); i++) {
            assertEquals(Optional.of(store.written.get(addresses.get(i))), answers.get(i),
                    "the answer to " + addresses.get(i) + " is the id its own row got");
        }
        assertTrue(store.groupSizes.size() < 120, "signers shared transactions: " + store.groupSizes);
    }

    @Test
    void twoGroupsAreWrittenSideBySideButNeverMore() throws Exception {
        MemoryStore store = new MemoryStore(5);
        List<String> addresses = IntStream.range(0, 200).mapToObj(index -> "signer-" + index).toList();

        signAtOnce(writerOn(store), addresses);

        assertEquals(200, store.written.size());
        assertEquals(SignatureGroupCommit.MOST_WRITING, store.mostAtOnce.get(),
                "groups overlapped, up to the bound: " + store.groupSizes);
    }

    @Test
    void aFailedGroupIsWrittenAgainOneByOneAndOnlyTheBadSignatureFails() throws Exception {
        MemoryStore store = new MemoryStore(5);
        store.refused = "bad-row";
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            addresses.add(i == 17 ? "bad-row" : "signer-" + i);
        }
        List<Future<Optional<Long>>> futures = startAtOnce(writerOn(store), addresses);

        for (int i = 0; i < futures.size(); i++) {
            if (i == 17) {
                Exception failure = assertThrows(Exception.class, futures.get(i)::get);
                assertTrue(failure.getCause() instanceof IllegalStateException, failure.toString());
            } else {
                assertTrue(futures.get(i).get().isPresent(), "signer " + i + " was written");
            }
        }
        assertEquals(39, store.written.size());
        assertTrue(store.alone.get() > 0, "the failed group was retried one by one");
    }

    @Test
    void noSignerIsLeftAsleepWhenSurgesComeAndGo() throws Exception {
        MemoryStore store = new MemoryStore(1);
        SignatureGroupCommit writer = writerOn(store);
        for (int wave = 0; wave < 30; wave++) {
            String prefix = "wave-" + wave + "-signer-";
            List<String> addresses = IntStream.range(0, 1 + wave * 7 % 60).mapToObj(index -> prefix + index).toList();
            for (Future<Optional<Long>> answer : startAtOnce(writer, addresses)) {
                assertTrue(answer.get(10, TimeUnit.SECONDS).isPresent(), "answered, not left waiting for a turn");
            }
        }
        assertEquals(0, store.alone.get(), "no group failed");
    }

    private static SignatureGroupCommit writerOn(SignatureInserts store) {
        SignatureGroupCommit writer = new SignatureGroupCommit();
        writer.store = store;
        return writer;
    }

    private static List<Optional<Long>> signAtOnce(SignatureGroupCommit writer, List<String> addresses) throws Exception {
        List<Optional<Long>> answers = new ArrayList<>();
        for (Future<Optional<Long>> future : startAtOnce(writer, addresses)) {
            answers.add(future.get());
        }
        return answers;
    }

    /** One thread per address, all released at the same moment; the futures in the addresses' order. */
    private static List<Future<Optional<Long>>> startAtOnce(SignatureGroupCommit writer, List<String> addresses) {
        ExecutorService pool = Executors.newFixedThreadPool(addresses.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<Long>>> futures = new ArrayList<>();
        for (String address : addresses) {
            futures.add(pool.submit(() -> {
                start.await();
                return writer.insertIfNew(draft(address));
            }));
        }
        start.countDown();
        pool.shutdown();
        return futures;
    }

    private static NewSignature draft(String addressKey) {
        return new NewSignature(null, null, new AddressKeys(addressKey, "domain"), "es", null);
    }

    /** Keeps signatures in a map; each "transaction" takes a few milliseconds, like a commit. */
    private static final class MemoryStore extends SignatureInserts {

        final ConcurrentHashMap<String, Long> written = new ConcurrentHashMap<>();
        final List<Integer> groupSizes = new CopyOnWriteArrayList<>();
        final AtomicLong ids = new AtomicLong();
        final AtomicLong alone = new AtomicLong();
        final AtomicInteger atOnce = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final long commitMillis;
        volatile String refused;

        MemoryStore(long commitMillis) {
            this.commitMillis = commitMillis;
        }

        @Override
        public List<Optional<Long>> insertAllNew(List<NewSignature> group) {
            mostAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
            try {
                return insertGroup(group);
            } finally {
                atOnce.decrementAndGet();
            }
        }

        private List<Optional<Long>> insertGroup(List<NewSignature> group) {
            groupSizes.add(group.size());
            if (group.stream().anyMatch(signature -> signature.keys().address().equals(refused))) {
                throw new IllegalStateException("the database refused a row, the group rolls back");
            }
            List<Optional<Long>> answers = new ArrayList<>();
            for (NewSignature signature : group) {
                answers.add(written.containsKey(signature.keys().address()) ? Optional.empty() : Optional.of(ids.incrementAndGet()));
            }
            pause();
            commit(group, answers);
            return answers;
        }

        /** All or nothing, like a transaction: a twin committed meanwhile by the other group fails this one. */
        private synchronized void commit(List<NewSignature> group, List<Optional<Long>> answers) {
            for (int i = 0; i < group.size(); i++) {
                if (answers.get(i).isPresent() && written.containsKey(group.get(i).keys().address())) {
                    throw new IllegalStateException("duplicate key, the group rolls back");
                }
            }
            for (int i = 0; i < group.size(); i++) {
                String key = group.get(i).keys().address();
                answers.get(i).ifPresent(id -> written.put(key, id));
            }
        }

        @Override
        public synchronized Optional<Long> insertIfNew(NewSignature signature) {
            alone.incrementAndGet();
            String key = signature.keys().address();
            if (key.equals(refused)) {
                throw new IllegalStateException("the database refused this row");
            }
            if (written.containsKey(key)) {
                return Optional.empty();
            }
            long id = ids.incrementAndGet();
            written.put(key, id);
            return Optional.of(id);
        }

        private void pause() {
            try {
                Thread.sleep(commitMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
