package org.firmas.organizer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.firmas.platform.KeyedHash;

/**
 * The value of the cookie a browser gets when it logs in: an id for the device and a keyed hash
 * that binds it to the account's email, so only our nodes can make one and it vouches for one
 * account only, without naming it. A login that presents it is counted per device rather than per
 * address, so strangers sharing the address (a proxy, an office) cannot make its owner wait. A
 * rotated data key makes earlier cookies count as absent until the next login.
 */
@ApplicationScoped
public class DeviceCookie {

    public static final String NAME = "firmas_device";
    private static final String PURPOSE = "organizer login device";
    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    KeyedHash keyedHash;

    /** A new device's cookie value for the account with this email. */
    public String issueFor(String email) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        String device = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        return device + "." + signature(device, email);
    }

    /** The device this value names, when we made it for this email; empty for anything else. */
    public Optional<String> deviceOf(String value, String email) {
        if (value == null) {
            return Optional.empty();
        }
        int dot = value.indexOf('.');
        if (dot < 0 || !DEVICE_ID.matcher(value.substring(0, dot)).matches()) {
            return Optional.empty();
        }
        String device = value.substring(0, dot);
        boolean ours = MessageDigest.isEqual(signature(device, email).getBytes(StandardCharsets.US_ASCII),
                value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
        return ours ? Optional.of(device) : Optional.empty();
    }

    private String signature(String device, String email) {
        // The id has a fixed alphabet without ':', so no device and email pair reads as another.
        return keyedHash.of(PURPOSE, device + ":" + Accounts.normalize(email));
    }
}
