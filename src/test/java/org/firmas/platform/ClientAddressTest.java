package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final List<IpRange> PROXIES = ClientAddress.ranges("10.0.0.0/8, 192.0.2.10, 2001:db8:1::/48");

    @Test
    void withoutTrustedProxiesTheConnectionDecidesWhateverTheHeaderSays() {
        assertEquals("198.51.100.7", ClientAddress.resolve("198.51.100.7", List.of("203.0.113.1"), List.of()));
    }

    @Test
    void aForgedHeaderFromAnUntrustedPeerChangesNothing() {
        assertEquals("198.51.100.7", ClientAddress.resolve("198.51.100.7", List.of("10.0.0.1, 203.0.113.1"), PROXIES));
    }

    @Test
    void behindATrustedProxyTheAddressItSawIsTheClient() {
        assertEquals("203.0.113.5", ClientAddress.resolve("192.0.2.10", List.of("203.0.113.5"), PROXIES));
    }

    @Test
    void theHeaderIsReadFromTheRightSkippingOurProxiesAndIgnoringWhatTheClientWrote() {
        assertEquals("203.0.113.5", ClientAddress.resolve("10.1.2.3",
                List.of("6.6.6.6, 203.0.113.5, 10.9.9.9", "192.0.2.10"), PROXIES));
    }

    @Test
    void garbageInTheHeaderStopsTheWalkAtTheLastProxy() {
        assertEquals("10.9.9.9", ClientAddress.resolve("10.1.2.3", List.of("203.0.113.5, evil.example.org, 10.9.9.9"), PROXIES));
        assertEquals("10.1.2.3", ClientAddress.resolve("10.1.2.3", List.of("999.1.1.1"), PROXIES));
    }

    @Test
    void aTrustedProxyWithoutAHeaderIsTheClient() {
        assertEquals("192.0.2.10", ClientAddress.resolve("192.0.2.10", List.of(), PROXIES));
    }

    @Test
    void whenEveryHopIsOurOwnTheLeftmostIsTaken() {
        assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.1", List.of("10.0.0.2"), PROXIES));
    }

    @Test
    void portsAndBracketsAsSomeProxiesWriteThemAreUnderstood() {
        assertEquals("203.0.113.5", ClientAddress.resolve("192.0.2.10", List.of("203.0.113.5:4711"), PROXIES));
        assertEquals("2001:db8:2:0:0:0:0:9", ClientAddress.resolve("192.0.2.10", List.of("[2001:db8:2::9]:4711"), PROXIES));
    }

    @Test
    void ipv6ProxiesAndClientsWork() {
        assertEquals("2001:db8:2:0:0:0:0:9", ClientAddress.resolve("2001:db8:1::5", List.of("2001:db8:2::9"), PROXIES));
    }

    @Test
    void rangesMatchOnlyTheirBlock() {
        IpRange block = IpRange.parse("10.0.0.0/8").orElseThrow();
        assertTrue(block.contains(IpRange.literal("10.255.0.1").orElseThrow()));
        assertFalse(block.contains(IpRange.literal("11.0.0.1").orElseThrow()));
        assertFalse(block.contains(IpRange.literal("::1").orElseThrow()), "an IPv6 address is in no IPv4 block");
        assertTrue(IpRange.parse("0.0.0.0/0").orElseThrow().contains(IpRange.literal("8.8.8.8").orElseThrow()));
    }

    @Test
    void onlyLiteralAddressesAreAcceptedSoNothingIsLookedUp() {
        assertTrue(IpRange.literal("localhost").isEmpty());
        assertTrue(IpRange.literal("cafe").isEmpty());
        assertTrue(IpRange.literal("256.1.1.1").isEmpty());
        assertTrue(IpRange.literal("1.2.3").isEmpty());
        assertTrue(IpRange.literal("fe80::1%eth0").isEmpty());
        assertTrue(IpRange.literal("dead:beef:::zz").isEmpty());
        assertTrue(IpRange.parse("10.0.0.0/33").isEmpty());
        assertTrue(IpRange.parse("10.0.0.0/x").isEmpty());
        assertEquals(List.of(IpRange.parse("127.0.0.1").orElseThrow()), ClientAddress.ranges("127.0.0.1, proxy.example.org,"));
    }
}
