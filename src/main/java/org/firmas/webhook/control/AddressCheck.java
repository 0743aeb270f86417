package org.firmas.webhook.control;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where Firmas may post: an absolute https address whose host resolves only to public addresses.
 * Loopback, private (RFC 1918, fc00::/7), link-local, unspecified and multicast addresses would
 * let an endpoint reach the server's own networks (server-side request forgery); an admin allows
 * them, and plain http with them, for a receiver inside the organization's network.
 */
public final class AddressCheck {

    /** Resolves a host name; the system resolver, or a table in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public enum Verdict { ALLOWED, BAD_URL, PRIVATE_ADDRESS, UNKNOWN_HOST }

    private static final int MAX_URL_LENGTH = 2000;

    private final boolean allowPrivate;
    private final Resolver resolver;

    public AddressCheck(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    public AddressCheck(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    public Verdict check(String url) {
        URI uri = parse(url);
        if (uri == null) {
            return Verdict.BAD_URL;
        }
        if (allowPrivate) {
            return Verdict.ALLOWED;
        }
        try {
            for (InetAddress address : resolver.resolve(uri.getHost())) {
                if (isInternal(address)) {
                    return Verdict.PRIVATE_ADDRESS;
                }
            }
            return Verdict.ALLOWED;
        } catch (UnknownHostException e) {
            return Verdict.UNKNOWN_HOST;
        }
    }

    /** The address, when it is one Firmas may post to at all; null otherwise. */
    URI parse(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_URL_LENGTH) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean schemeAllowed = "https".equals(scheme) || allowPrivate && "http".equals(scheme);
            if (!schemeAllowed || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
                return null;
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    static boolean isInternal(InetAddress address) {
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || isUniqueLocal(address)
                || address.getAddress().length == 4 && (address.getAddress()[0] == 0 || isBroadcast(address));
    }

    /** fc00::/7, IPv6's private range, which {@link InetAddress#isSiteLocalAddress} does not cover. */
    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    private static boolean isBroadcast(InetAddress address) {
        for (byte part : address.getAddress()) {
            if (part != (byte) 0xff) {
                return false;
            }
        }
        return true;
    }
}
