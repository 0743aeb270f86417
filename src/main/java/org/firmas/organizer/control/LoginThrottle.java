package org.firmas.organizer.control;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.organizer.entity.OrganizerAccount;
import org.firmas.platform.IpRange;
import org.firmas.platform.SharedBuckets;

/**
 * Slows password guessing without locking anyone out. Wrong passwords are counted per client
 * address, per account, and per client at an account, in buckets the whole cluster shares. A
 * client that fails too often is refused until its bucket refills. An account with too many
 * failures is being guessed: then a client that has itself failed at it lately waits, while a
 * client that has not goes ahead as usual, so guessing an account never keeps its owner out.
 * Behind a proxy that is not in FIRMAS_TRUSTED_PROXIES, or in an office behind one address, every
 * client has the same address and one guesser slows them all; a browser that once logged in to
 * the account shows its {@link DeviceCookie} and is counted on its own instead, until it fails a
 * few times itself (a stolen cookie buys only a few guesses).
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());
    private static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(15);
    private static final Duration ADDRESS_WINDOW = Duration.ofHours(1);
    /** How long a client that failed at a guessed account waits before its next try there. */
    private static final Duration CLIENT_PAUSE = Duration.ofMinutes(5);
    private static final int FAILURES_PER_DEVICE = 5;

    @Inject
    SharedBuckets buckets;

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "firmas.login.failures-per-account", defaultValue = "5")
    int failuresPerAccount;

    @Inject
    @ConfigProperty(name = "firmas.login.failures-per-address", defaultValue = "30")
    int failuresPerAddress;

    private BucketConfiguration perAddress;
    private BucketConfiguration perAccount;
    private BucketConfiguration perClientAtAccount;
    private BucketConfiguration perDevice;
    private BucketConfiguration reportOncePerWindow;

    @PostConstruct
    void readLimits() {
        perAddress = evenly(failuresPerAddress, ADDRESS_WINDOW);
        perAccount = evenly(failuresPerAccount, ACCOUNT_WINDOW);
        perClientAtAccount = evenly(1, CLIENT_PAUSE);
        perDevice = evenly(FAILURES_PER_DEVICE, ACCOUNT_WINDOW);
        reportOncePerWindow = evenly(1, ACCOUNT_WINDOW);
    }

    /**
     * How long this attempt must wait; zero when it may go ahead. The device is the one a valid
     * device cookie for this email names: while it has failures left, nobody else's failures count.
     */
    public Duration waitBefore(String email, String address, Optional<String> device) {
        if (device.isPresent() && buckets.untilToken(deviceKey(device.get()), perDevice).isZero()) {
            return Duration.ZERO;
        }
        Duration fromAddress = buckets.untilToken(addressKey(address), perAddress);
        if (!fromAddress.isZero()) {
            return fromAddress;
        }
        Duration clientPause = buckets.untilToken(clientKey(email, address), perClientAtAccount);
        if (clientPause.isZero() || buckets.untilToken(accountKey(email), perAccount).isZero()) {
            return Duration.ZERO;
        }
        return clientPause;
    }

    public void failed(String email, String address, Optional<String> device) {
        boolean countedOnDevice = device.isPresent() && buckets.tryTake(deviceKey(device.get()), perDevice);
        if (!countedOnDevice) {
            buckets.tryTake(addressKey(address), perAddress);
            buckets.tryTake(clientKey(email, address), perClientAtAccount);
        }
        buckets.tryTake(accountKey(email), perAccount);
        if (!buckets.untilToken(accountKey(email), perAccount).isZero()
                && buckets.tryTake("login-reported:" + Accounts.normalize(email), reportOncePerWindow)) {
            reportGuessing(email);
        }
    }

    /** One line per account and window, naming the account by id: never the password, never the guesser's address. */
    private void reportGuessing(String email) {
        String account = accounts.byEmail(email).map(OrganizerAccount::getId).map(id -> "account " + id)
                .orElse("an email address with no account");
        LOG.warning("Organizer console: the password of " + account + " is being guessed (" + failuresPerAccount
                + " wrong passwords within " + ACCOUNT_WINDOW.toMinutes() + " minutes); clients that failed there are slowed");
    }

    /** An IPv6 client by its /64, which it can pick any address in. */
    private static String addressKey(String address) {
        return "login-address:" + IpRange.client(address);
    }

    private static String accountKey(String email) {
        return "login-account:" + Accounts.normalize(email);
    }

    private static String deviceKey(String device) {
        return "login-device:" + device;
    }

    private static String clientKey(String email, String address) {
        return "login-client:" + IpRange.client(address) + ":" + Accounts.normalize(email);
    }

    /** Up to {@code count} at once, each one coming back {@code window / count} after it was used. */
    private static BucketConfiguration evenly(int count, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(Math.max(1, count)).refillGreedy(Math.max(1, count), window).build())
                .build();
    }
}
