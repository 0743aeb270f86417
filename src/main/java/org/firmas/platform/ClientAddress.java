package org.firmas.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request really comes from. The connection's peer, unless that peer is one of our
 * own reverse proxies ({@code firmas.trusted-proxies}): only then is {@code X-Forwarded-For}
 * read, from the right, skipping our proxies, and the first address they did not add is the
 * client. Anything left of it was written by the client and is ignored, so a forged header from
 * an untrusted peer changes nothing.
 */
@ApplicationScoped
public class ClientAddress {

    private static final Logger LOG = Logger.getLogger(ClientAddress.class.getName());

    @Inject
    @ConfigProperty(name = "firmas.trusted-proxies")
    Optional<String> trustedProxies;

    private List<IpRange> trusted = List.of();

    @PostConstruct
    void readTrustedProxies() {
        trusted = trustedProxies.map(ClientAddress::ranges).orElse(List.of());
    }

    /** The client's address as text, for rate limits and its keyed hash; never to be logged. */
    public String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")), trusted);
    }

    static String resolve(String peer, List<String> forwardedFor, List<IpRange> trusted) {
        String client = canonical(peer);
        if (!isTrusted(client, trusted)) {
            return client;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                hops.add(hop);
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpRange.literal(withoutPort(hops.get(i)));
            if (hop.isEmpty()) {
                // Our proxies write addresses; garbage came from further out, so the last proxy is all we know.
                return client;
            }
            client = hop.get().getHostAddress();
            if (!isTrusted(client, trusted)) {
                return client;
            }
        }
        return client;
    }

    /** Parses a comma-separated list of addresses and CIDR blocks; a mistake is logged and skipped. */
    static List<IpRange> ranges(String list) {
        return ranges("FIRMAS_TRUSTED_PROXIES", list);
    }

    static List<IpRange> ranges(String setting, String list) {
        List<IpRange> ranges = new ArrayList<>();
        for (String entry : list.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            IpRange.parse(entry).ifPresentOrElse(ranges::add,
                    () -> LOG.warning(setting + ": '" + entry.strip() + "' is not an address or CIDR block; ignored"));
        }
        return List.copyOf(ranges);
    }

    static boolean isTrusted(String address, List<IpRange> trusted) {
        Optional<InetAddress> parsed = IpRange.literal(address);
        return parsed.isPresent() && trusted.stream().anyMatch(range -> range.contains(parsed.get()));
    }

    private static String canonical(String address) {
        return IpRange.literal(address).map(InetAddress::getHostAddress).orElse(address);
    }

    /** {@code 203.0.113.7:4711} and {@code [2001:db8::1]:4711} as some proxies write them. */
    private static String withoutPort(String hop) {
        String value = hop.strip();
        if (value.startsWith("[") && value.contains("]:")) {
            return value.substring(1, value.indexOf("]:"));
        }
        int colon = value.indexOf(':');
        return colon > 0 && colon == value.lastIndexOf(':') ? value.substring(0, colon) : value;
    }
}
