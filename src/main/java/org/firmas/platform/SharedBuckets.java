package org.firmas.platform;

import com.hazelcast.cluster.Cluster;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import io.github.bucket4j.local.LocalBucketBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Token buckets shared by every node of the cluster, kept in Payara's own data grid, so a limit
 * holds for the whole cluster rather than once per node. The grid stores each bucket's state as
 * bytes under a lock, so no class of ours ever has to travel to another member. A node without
 * a grid ({@code --nohazelcast}) keeps its buckets in memory; so does a node that is its grid's
 * only member, where a grid bucket (a lock, a read and a write per token) would only cost time;
 * so does a node whose grid fails, rather than refusing anyone. When a second member joins, the
 * grid's buckets start full: for that moment a limit allows its burst once more.
 */
@ApplicationScoped
public class SharedBuckets {

    static final String MAP_NAME = "firmas-rate-limits";
    private static final int MOST_LOCAL_BUCKETS = 100_000;
    private static final Logger LOG = Logger.getLogger(SharedBuckets.class.getName());
    private static final long GRID_RETRY_NANOS = Duration.ofSeconds(30).toNanos();

    @Inject
    DataGrid dataGrid;

    private ProxyManager<String> grid;
    private Cluster cluster;
    private final Map<String, LocalBucket> local = new ConcurrentHashMap<>();
    private volatile long gridFailedAt;
    private volatile boolean gridFailing;

    @PostConstruct
    void findGrid() {
        dataGrid.instance().ifPresentOrElse(instance -> {
            cluster = instance.getCluster();
            grid = Bucket4jHazelcast.<String>lockBasedBuilder(instance.getMap(MAP_NAME))
                    // A bucket that has refilled completely is the same as none: let the grid forget it.
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                    .build();
            LOG.info("Rate limits are shared through the data grid");
        }, () -> LOG.info("No data grid (single node): rate limits are kept in this node's memory"));
    }

    /**
     * Takes one token from the bucket of this key, creating it with these limits when new; false
     * when the bucket is empty. Other limits under the same key make another bucket, so a changed
     * setting takes effect at once on every node.
     */
    public boolean tryTake(String key, BucketConfiguration limits) {
        return withBucket(key, limits, bucket -> bucket.tryConsume(1));
    }

    /** How long until this key's bucket has a token again, without taking one; zero when it has one now. */
    public Duration untilToken(String key, BucketConfiguration limits) {
        return withBucket(key, limits, bucket -> {
            EstimationProbe probe = bucket.estimateAbilityToConsume(1);
            return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
        });
    }

    private <T> T withBucket(String key, BucketConfiguration limits, Function<Bucket, T> use) {
        String bucketKey = key + "|" + fingerprint(limits);
        if (useGrid()) {
            try {
                T answer = use.apply(grid.getProxy(bucketKey, () -> limits));
                gridFailing = false;
                return answer;
            } catch (RuntimeException e) {
                gridFailedAt = System.nanoTime();
                if (!gridFailing) {
                    gridFailing = true;
                    LOG.log(Level.WARNING, "The data grid failed; rate limits use this node's memory for a while", e);
                }
            }
        }
        return use.apply(localBucket(bucketKey, limits).bucket());
    }

    private boolean useGrid() {
        return grid != null && (!gridFailing || System.nanoTime() - gridFailedAt > GRID_RETRY_NANOS) && othersInGrid();
    }

    private boolean othersInGrid() {
        try {
            return cluster.getMembers().size() > 1;
        } catch (RuntimeException notRunning) {
            return false;
        }
    }

    private LocalBucket localBucket(String key, BucketConfiguration limits) {
        if (local.size() >= MOST_LOCAL_BUCKETS) {
            // A full bucket holds no history; dropping those keeps memory bounded whatever the traffic.
            local.values().removeIf(LocalBucket::isFull);
        }
        return local.computeIfAbsent(key, k -> LocalBucket.of(limits));
    }

    private static String fingerprint(BucketConfiguration limits) {
        StringBuilder text = new StringBuilder();
        for (Bandwidth bandwidth : limits.getBandwidths()) {
            text.append(bandwidth.getCapacity()).append('/').append(bandwidth.getRefillPeriodNanos() / 1_000_000_000L).append('s');
        }
        return text.toString();
    }

    private record LocalBucket(Bucket bucket, long capacity) {

        static LocalBucket of(BucketConfiguration limits) {
            LocalBucketBuilder builder = Bucket.builder();
            long smallest = Long.MAX_VALUE;
            for (Bandwidth bandwidth : limits.getBandwidths()) {
                builder.addLimit(bandwidth);
                smallest = Math.min(smallest, bandwidth.getCapacity());
            }
            return new LocalBucket(builder.build(), smallest);
        }

        boolean isFull() {
            return bucket.getAvailableTokens() >= capacity;
        }
    }
}
