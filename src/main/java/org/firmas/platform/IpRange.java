package org.firmas.platform;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An address or a block of addresses in CIDR notation ({@code 10.0.0.0/8}, {@code ::1}). Only
 * literal addresses are accepted: a host name here would make every request wait for DNS.
 */
public record IpRange(byte[] network, int prefixLength) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    public IpRange {
        network = masked(network, prefixLength);
    }

    /** Parses {@code address} or {@code address/prefix}; empty when it is neither. */
    public static Optional<IpRange> parse(String text) {
        String value = text.strip();
        int slash = value.indexOf('/');
        Optional<InetAddress> address = literal(slash < 0 ? value : value.substring(0, slash));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = address.get().getAddress();
        int bits = bytes.length * 8;
        if (slash < 0) {
            return Optional.of(new IpRange(bytes, bits));
        }
        try {
            int prefix = Integer.parseInt(value.substring(slash + 1));
            return prefix < 0 || prefix > bits ? Optional.empty() : Optional.of(new IpRange(bytes, prefix));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A literal IPv4 or IPv6 address, never resolved through DNS; empty for anything else. */
    public static Optional<InetAddress> literal(String text) {
        String value = text == null ? "" : text.strip();
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            if (IPV4.matcher(value).matches()) {
                return ipv4(value.split("\\."));
            }
            // In brackets an invalid address is an error at once, never a host name to look up.
            return IPV6.matcher(value).matches() ? Optional.of(InetAddress.getByName("[" + value + "]")) : Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static Optional<InetAddress> ipv4(String[] octets) throws UnknownHostException {
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int octet = Integer.parseInt(octets[i]);
            if (octet > 255) {
                return Optional.empty();
            }
            bytes[i] = (byte) octet;
        }
        return Optional.of(InetAddress.getByAddress(bytes));
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == network.length && Arrays.equals(masked(bytes, prefixLength), network);
    }

    private static byte[] masked(byte[] address, int prefixLength) {
        byte[] result = address.clone();
        for (int i = 0; i < result.length; i++) {
            int keep = Math.max(0, Math.min(8, prefixLength - i * 8));
            result[i] &= (byte) (0xFF << (8 - keep));
        }
        return result;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpRange range && range.prefixLength == prefixLength && Arrays.equals(range.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }

    /**
     * What one client is known by: an IPv4 address, or an IPv6 address's /64 network, since one
     * household or phone is given a whole /64 and can pick any address in it. Text that is no
     * address literal is returned as it is.
     */
    public static String client(String address) {
        return literal(address).map(parsed -> parsed instanceof Inet6Address
                ? new IpRange(parsed.getAddress(), 64).toString() : parsed.getHostAddress()).orElse(address);
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefixLength;
        } catch (UnknownHostException e) {
            return "?/" + prefixLength;
        }
    }
}
