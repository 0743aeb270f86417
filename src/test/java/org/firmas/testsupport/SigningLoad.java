package org.firmas.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Supporters signing one campaign without pause, spread over several nodes in turn, each with a
 * new address: the sign form is fetched and posted as a browser would. It records which signatures
 * were acknowledged (the 302 that ends a successful signature) and every other answer per node, so
 * a test can compare them with what the database and the mailbox hold. It stops by itself after
 * a few minutes at most.
 */
public final class SigningLoad implements AutoCloseable {

    private static final int SUPPORTERS = 4;
    private static final Duration LONGEST = Duration.ofMinutes(3);

    private final String slug;
    private final List<PetitionSite> sites;
    private final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    private final List<List<String>> otherAnswers = new ArrayList<>();
    private final AtomicLong turn = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService supporters = Executors.newFixedThreadPool(SUPPORTERS);
    private final long deadline = System.nanoTime() + LONGEST.toNanos();

    private SigningLoad(String slug, List<PetitionSite> sites) {
        this.slug = slug;
        this.sites = sites;
        sites.forEach(site -> otherAnswers.add(Collections.synchronizedList(new ArrayList<>())));
    }

    public static SigningLoad start(String slug, PetitionSite... sites) {
        SigningLoad load = new SigningLoad(slug, List.of(sites));
        for (int i = 0; i < SUPPORTERS; i++) {
            load.supporters.execute(load::signUntilStopped);
        }
        return load;
    }

    private void signUntilStopped() {
        while (running.get() && System.nanoTime() < deadline) {
            int node = (int) (turn.getAndIncrement() % sites.size());
            SignatureForm form = SignatureForm.valid();
            try {
                PetitionSite.Page answer = sites.get(node).sign(slug, form, "en");
                if (answer.status() == 302) {
                    acknowledged.add(form.get("email"));
                } else {
                    otherAnswers.get(node).add("HTTP " + answer.status());
                }
            } catch (RuntimeException unreachable) {
                otherAnswers.get(node).add(String.valueOf(unreachable.getCause()));
            }
        }
    }

    /** Waits until at least this many signatures were acknowledged in all. */
    public void awaitAcknowledged(int count) {
        int reached = Eventually.await(LONGEST, () -> acknowledged.size(), size -> size >= count || !running.get());
        if (reached < count) {
            throw new AssertionError("Only " + reached + " of " + count + " signatures acknowledged");
        }
    }

    /** The addresses whose signature the site acknowledged. */
    public List<String> acknowledged() {
        synchronized (acknowledged) {
            return List.copyOf(acknowledged);
        }
    }

    /** What a node answered other than an acknowledgement, or why it could not be reached. */
    public List<String> answeredOtherwise(int node) {
        List<String> answers = otherAnswers.get(node);
        synchronized (answers) {
            return List.copyOf(answers);
        }
    }

    /** Lets each supporter finish the signature under way, then stops. */
    public void stop() {
        running.set(false);
        supporters.shutdown();
        try {
            supporters.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
