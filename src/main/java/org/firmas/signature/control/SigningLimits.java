package org.firmas.signature.control;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.firmas.platform.SharedBuckets;
import org.firmas.signature.entity.SuspectReason;

/**
 * How many signatures may come in before the next ones are held as suspect: per client address,
 * per email domain on a campaign, per campaign without proof of work, and per campaign in all.
 * Each limit has a burst (per minute) and a sustained rate (per hour), from
 * {@code firmas.limit.<kind>.per-minute} and {@code .per-hour}. The narrowest limit is checked
 * first, so a flood from one address is caught before it can use up the campaign's allowance.
 */
@ApplicationScoped
public class SigningLimits {

    @Inject
    SharedBuckets buckets;

    @Inject
    Config config;

    private BucketConfiguration perAddress;
    private BucketConfiguration perDomain;
    private BucketConfiguration unproven;
    private BucketConfiguration perCampaign;

    @PostConstruct
    void readLimits() {
        perAddress = limits("ip");
        perDomain = limits("domain");
        unproven = limits("unproven");
        perCampaign = limits("campaign");
    }

    /**
     * Counts this signature against every limit it falls under; the first one exceeded, if any.
     * A domain key of null means a shared mail provider, which has no domain limit.
     */
    public Optional<SuspectReason> exceeded(long campaignId, String addressKey, String emailDomainKey, boolean proven) {
        if (!buckets.tryTake("ip:" + addressKey, perAddress)) {
            return Optional.of(SuspectReason.ADDRESS_LIMIT);
        }
        if (emailDomainKey != null && !buckets.tryTake("domain:" + campaignId + ":" + emailDomainKey, perDomain)) {
            return Optional.of(SuspectReason.DOMAIN_LIMIT);
        }
        if (!proven && !buckets.tryTake("unproven:" + campaignId, unproven)) {
            return Optional.of(SuspectReason.UNPROVEN_LIMIT);
        }
        if (!buckets.tryTake("campaign:" + campaignId, perCampaign)) {
            return Optional.of(SuspectReason.CAMPAIGN_LIMIT);
        }
        return Optional.empty();
    }

    private BucketConfiguration limits(String kind) {
        return BucketConfiguration.builder()
                .addLimit(rate(config.getValue("firmas.limit." + kind + ".per-minute", Long.class), Duration.ofMinutes(1)))
                .addLimit(rate(config.getValue("firmas.limit." + kind + ".per-hour", Long.class), Duration.ofHours(1)))
                .build();
    }

    /** Up to {@code count} at once, refilled evenly over the period; zero allows none. */
    private static Bandwidth rate(long count, Duration period) {
        // A bucket cannot be empty by design, so "none" is one token that takes centuries to return.
        return count > 0
                ? Bandwidth.builder().capacity(count).refillGreedy(count, period).build()
                : Bandwidth.builder().capacity(1).refillGreedy(1, Duration.ofDays(365_000)).initialTokens(0).build();
    }
}
