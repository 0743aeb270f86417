package org.firmas.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressCheckTest {

    private static AddressCheck.Resolver resolvingTo(String... addresses) {
        return host -> {
            InetAddress[] resolved = new InetAddress[addresses.length];
            for (int i = 0; i < addresses.length; i++) {
                resolved[i] = InetAddress.getByName(addresses[i]);
            }
            return resolved;
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "0.0.0.0", "0.1.2.3", "255.255.255.255", "224.0.0.1", "::1", "::", "fc00::1", "fd12:3456::1",
            "fe80::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1"})
    void refusesAHostThatResolvesInsideTheServersNetworks(String address) {
        assertEquals(AddressCheck.Verdict.PRIVATE_ADDRESS,
                new AddressCheck(false, resolvingTo(address)).check("https://hooks.example.org/in"), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "192.169.0.1", "2606:2800:220:1::1"})
    void allowsAPublicAddress(String address) {
        assertEquals(AddressCheck.Verdict.ALLOWED, new AddressCheck(false, resolvingTo(address)).check("https://hooks.example.org/in"));
    }

    @Test
    void oneInternalAddressAmongPublicOnesIsEnoughToRefuse() {
        assertEquals(AddressCheck.Verdict.PRIVATE_ADDRESS,
                new AddressCheck(false, resolvingTo("93.184.216.34", "10.0.0.7")).check("https://hooks.example.org/in"));
    }

    @Test
    void aLiteralLoopbackAddressIsRefusedUnlessTheAdminAllowsPrivateAddresses() {
        assertEquals(AddressCheck.Verdict.PRIVATE_ADDRESS, new AddressCheck(false).check("https://127.0.0.1:8443/hook"));
        assertEquals(AddressCheck.Verdict.ALLOWED, new AddressCheck(true).check("https://127.0.0.1:8443/hook"));
    }

    @Test
    void plainHttpOnlyWherePrivateAddressesAreAllowed() {
        assertEquals(AddressCheck.Verdict.BAD_URL, new AddressCheck(false, resolvingTo("93.184.216.34")).check("http://hooks.example.org/in"));
        assertEquals(AddressCheck.Verdict.ALLOWED, new AddressCheck(true).check("http://127.0.0.1:9000/in"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hooks.example.org", "ftp://hooks.example.org/", "https://", "https://user:pw@hooks.example.org/",
            "https://hooks.example.org/#x", "https://exa mple.org/", "javascript:alert(1)"})
    void refusesWhatIsNotAnAbsoluteHttpsAddress(String url) {
        assertEquals(AddressCheck.Verdict.BAD_URL, new AddressCheck(false, resolvingTo("93.184.216.34")).check(url), url);
    }

    @Test
    void aHostThatDoesNotResolveIsNamedSo() {
        AddressCheck.Resolver none = host -> {
            throw new UnknownHostException(host);
        };
        assertEquals(AddressCheck.Verdict.UNKNOWN_HOST, new AddressCheck(false, none).check("https://nowhere.invalid/"));
    }
}
