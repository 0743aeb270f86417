package org.firmas.organizer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.firmas.platform.DataKey;
import org.firmas.platform.KeyedHash;
import org.junit.jupiter.api.Test;

class DeviceCookieTest {

    private static final DataKey KEY = DataKey.fromBase64("nvh8FIP0pgYWE/jLpLvKDe5odz+zTkZG+V5bbNVx/kI=");

    private final DeviceCookie cookies = signedWith(KEY);

    @Test
    void aCookieNamesItsDeviceForItsOwnAccountOnly() {
        String value = cookies.issueFor("Ana@Example.org");

        Optional<String> device = cookies.deviceOf(value, " ana@example.org");

        assertTrue(device.isPresent(), "the same account, however the email is typed");
        assertTrue(value.startsWith(device.get() + "."), value);
        assertTrue(!value.toLowerCase().contains("ana"), "the cookie does not name the account: " + value);
        assertEquals(Optional.empty(), cookies.deviceOf(value, "bea@example.org"));
        assertNotEquals(value, cookies.issueFor("ana@example.org"), "each login is another device");
    }

    @Test
    void aModifiedOrForeignCookieNamesNoDevice() {
        String value = cookies.issueFor("ana@example.org");
        String device = value.substring(0, value.indexOf('.'));
        String signature = value.substring(value.indexOf('.') + 1);
        String otherDevice = (device.charAt(0) == 'A' ? 'B' : 'A') + device.substring(1);

        assertEquals(Optional.empty(), cookies.deviceOf(otherDevice + "." + signature, "ana@example.org"), "another device id");
        assertEquals(Optional.empty(), cookies.deviceOf(device + "." + signature.substring(1), "ana@example.org"), "a shortened signature");
        assertEquals(Optional.empty(), cookies.deviceOf(device + ".", "ana@example.org"));
        assertEquals(Optional.empty(), cookies.deviceOf(device, "ana@example.org"));
        assertEquals(Optional.empty(), cookies.deviceOf("", "ana@example.org"));
        assertEquals(Optional.empty(), cookies.deviceOf(null, "ana@example.org"));
        assertEquals(Optional.empty(), signedWith(DataKey.fromBase64("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="))
                .deviceOf(value, "ana@example.org"), "made under another key");
    }

    private static DeviceCookie signedWith(DataKey key) {
        DeviceCookie cookies = new DeviceCookie();
        cookies.keyedHash = new KeyedHash() {
            @Override
            public String of(String purpose, String value) {
                return KeyedHash.with(key, purpose, value);
            }
        };
        return cookies;
    }
}
