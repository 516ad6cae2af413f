package org.groundtruth.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jetty.util.InetAddressSet;

/**
 * The address a request came from, for the login throttle. Without trusted proxies it is the connecting peer and
 * {@code X-Forwarded-For} is ignored (anyone can send it). When the peer is a trusted proxy, the header is read from
 * the right, skipping trusted proxies: the first address that is not one is the client, as the nearest trusted proxy
 * saw it; entries to its left were written by the client and cannot be trusted (decision record 0742).
 */
public final class ClientAddress {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final InetAddressSet trusted = new InetAddressSet();
    private final boolean anyTrusted;

    /** @param trustedProxies addresses, CIDR blocks (10.0.0.0/8, fd00::/8) or ranges (10.0.0.1-10.0.0.9) of proxies */
    public ClientAddress(List<String> trustedProxies) {
        this.anyTrusted = !trustedProxies.isEmpty();
        for (String p : trustedProxies) {
            if (!isLiteralPattern(p)) throw new IllegalArgumentException("trusted proxy '" + p + "' is not an IP address, CIDR block or range");
            try {
                trusted.add(p);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("trusted proxy '" + p + "' is not an IP address, CIDR block or range", e);
            }
        }
    }

    public String of(Context ctx) {
        Enumeration<String> lines = ctx.req().getHeaders("X-Forwarded-For");
        return of(ctx.req().getRemoteAddr(), lines == null ? List.of() : Collections.list(lines));
    }

    /** The client's address given the connecting peer's and the {@code X-Forwarded-For} header lines in order. */
    public String of(String peer, List<String> forwardedFor) {
        if (!anyTrusted || !isTrusted(peer)) return peer;
        List<String> hops = new ArrayList<>();
        for (String line : forwardedFor) for (String hop : line.split(",")) if (!hop.isBlank()) hops.add(hop.strip());
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<String> hop = literal(hops.get(i));
            if (hop.isEmpty()) return client; // not an address: the nearest trusted hop is the best we know
            client = hop.get();
            if (!isTrusted(client)) return client;
        }
        return client;
    }

    private boolean isTrusted(String address) {
        return literal(address).map(a -> {
            try {
                return trusted.test(InetAddress.getByName(a)); // a literal: no name lookup
            } catch (UnknownHostException e) {
                return false;
            }
        }).orElse(false);
    }

    /** The address in a header entry ("1.2.3.4", "1.2.3.4:5678", "::1", "[::1]:80"), or empty when it is not one. */
    static Optional<String> literal(String entry) {
        String s = entry.strip();
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            if (end < 0) return Optional.empty();
            s = s.substring(1, end);
        } else if (s.indexOf(':') == s.lastIndexOf(':') && s.indexOf(':') > 0) {
            s = s.substring(0, s.indexOf(':')); // IPv4 with a port
        }
        if (IPV4.matcher(s).matches()) return Optional.of(s);
        if (IPV6.matcher(s).matches()) {
            try {
                return Optional.of(InetAddress.getByName(s).getHostAddress()); // contains ':' so it is parsed, never looked up
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A pattern InetAddressSet reads without a name lookup: addresses, CIDR blocks and ranges of literals only. */
    private static boolean isLiteralPattern(String p) {
        String[] parts = p.strip().split("[/-]");
        if (parts.length > 2 || parts.length == 0) return false;
        if (p.contains("/")) return literal(parts[0]).isPresent() && parts[1].matches("\\d{1,3}");
        for (String part : parts) if (literal(part).isEmpty()) return false;
        return true;
    }
}
