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
 * Confirmation mails have limits of their own, so nobody can make this site mail a list of
 * strangers and cost it its standing with their mail providers: per client address, and per
 * recipient domain over all campaigns. Each limit has a burst (per minute) and a sustained rate
 * (per hour), from {@code firmas.limit.<kind>.per-minute} and {@code .per-hour}. The narrowest
 * limit is checked first (an address's, then a domain's, then a campaign's), so a flood from one
 * address is caught before it can use up a wider allowance.
 * <p>
 * The large shared mail providers have no signing limit per domain, and a mail limit of their own
 * ({@code mail-provider}), larger than a domain's: thousands of genuine signers share gmail.com,
 * and a limit fit for one operator's domain would hold a real surge.
 */
@ApplicationScoped
public class SigningLimits {

    @Inject
    SharedBuckets buckets;

    @Inject
    Config config;

    private BucketConfiguration perAddress;
    private BucketConfiguration mailsPerAddress;
    private BucketConfiguration perDomain;
    private BucketConfiguration mailsPerDomain;
    private BucketConfiguration mailsPerProvider;
    private BucketConfiguration unproven;
    private BucketConfiguration perCampaign;

    @PostConstruct
    void readLimits() {
        perAddress = limits("ip");
        mailsPerAddress = limits("mail-ip");
        perDomain = limits("domain");
        mailsPerDomain = limits("mail-domain");
        mailsPerProvider = limits("mail-provider");
        unproven = limits("unproven");
        perCampaign = limits("campaign");
    }

    /**
     * Counts this signature, and the confirmation mail it would be sent, against every limit they
     * fall under; the first one exceeded, if any.
     */
    public Optional<SuspectReason> exceeded(long campaignId, String addressKey, String emailDomainKey, boolean sharedProvider,
                                            boolean proven) {
        if (!buckets.tryTake("ip:" + addressKey, perAddress)) {
            return Optional.of(SuspectReason.ADDRESS_LIMIT);
        }
        if (!buckets.tryTake("mail-ip:" + addressKey, mailsPerAddress)) {
            return Optional.of(SuspectReason.MAIL_ADDRESS_LIMIT);
        }
        if (!sharedProvider && !buckets.tryTake("domain:" + campaignId + ":" + emailDomainKey, perDomain)) {
            return Optional.of(SuspectReason.DOMAIN_LIMIT);
        }
        if (!mailsToDomain(emailDomainKey, sharedProvider)) {
            return Optional.of(SuspectReason.MAIL_DOMAIN_LIMIT);
        }
        if (!proven && !buckets.tryTake("unproven:" + campaignId, unproven)) {
            return Optional.of(SuspectReason.UNPROVEN_LIMIT);
        }
        if (!buckets.tryTake("campaign:" + campaignId, perCampaign)) {
            return Optional.of(SuspectReason.CAMPAIGN_LIMIT);
        }
        return Optional.empty();
    }

    /**
     * Counts a mail that is not a confirmation (a supporter's "my data" link) against the same
     * limits on mail, per client address and per recipient domain; whether it may go.
     */
    public boolean mayMail(String addressKey, String emailDomainKey, boolean sharedProvider) {
        return buckets.tryTake("mail-ip:" + addressKey, mailsPerAddress) && mailsToDomain(emailDomainKey, sharedProvider);
    }

    private boolean mailsToDomain(String emailDomainKey, boolean sharedProvider) {
        return sharedProvider ? buckets.tryTake("mail-provider:" + emailDomainKey, mailsPerProvider)
                : buckets.tryTake("mail-domain:" + emailDomainKey, mailsPerDomain);
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
