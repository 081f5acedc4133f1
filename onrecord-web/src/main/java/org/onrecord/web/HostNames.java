package org.onrecord.web;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names this server answers to, against DNS rebinding: a page on another site whose name an attacker
 * points at 127.0.0.1 reaches the server with that site's name in {@code Host}, and is refused. Allowed:
 * localhost, 127.0.0.1, [::1], the host the server was bound to, and when bound to every interface
 * (0.0.0.0), this machine's names and addresses; each with the server's port or none.
 */
final class HostNames {
    private final Set<String> names;
    private final int port;

    private HostNames(Set<String> names, int port) {
        this.names = Set.copyOf(names);
        this.port = port;
    }

    static HostNames of(String boundHost, InetAddress bound, int port) {
        Set<String> names = new HashSet<>(Set.of("localhost", "127.0.0.1", literal("::1")));
        names.add(literal(boundHost));
        names.add(literal(bound.getHostAddress()));
        if (bound.isAnyLocalAddress()) {
            try {
                InetAddress local = InetAddress.getLocalHost();
                names.add(local.getHostName().toLowerCase(Locale.ROOT));
                names.add(local.getCanonicalHostName().toLowerCase(Locale.ROOT));
            } catch (UnknownHostException e) {
                // no name for this machine: its addresses below still work
            }
            try {
                for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    for (InetAddress a : Collections.list(n.getInetAddresses())) {
                        names.add(literal(a.getHostAddress()));
                    }
                }
            } catch (SocketException e) {
                // interfaces cannot be listed: only the names above are accepted
            }
        }
        return new HostNames(names, port);
    }

    /** True when a request's {@code Host} header names this server (a missing header is refused). */
    boolean allows(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        String name = h;
        String portPart = null;
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            if (close < 0) return false;
            name = h.substring(0, close + 1);
            if (close + 1 < h.length()) {
                if (h.charAt(close + 1) != ':') return false;
                portPart = h.substring(close + 2);
            }
        } else {
            int colon = h.lastIndexOf(':');
            if (colon >= 0) {
                name = h.substring(0, colon);
                portPart = h.substring(colon + 1);
            }
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1); // "localhost." is localhost
        }
        if (portPart != null && !portPart.equals(Integer.toString(port))) {
            return false;
        }
        if (name.startsWith("[")) {
            name = literal(name.substring(1, name.length() - 1)); // [::1] and [0:0:0:0:0:0:0:1] alike
        }
        return names.contains(name);
    }

    /** An address as it appears in a Host header: IPv6 in brackets, without a zone; names in lower case. */
    static String literal(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        int zone = h.indexOf('%');
        if (zone >= 0) h = h.substring(0, zone);
        if (h.contains(":") && !h.startsWith("[")) {
            // Only IPv6 literals get here (a name has no colon), so getByName does no DNS look-up.
            try {
                // one spelling for every way of writing the same IPv6 address
                h = "[" + InetAddress.getByName(h).getHostAddress().replaceAll("%.*", "") + "]";
            } catch (UnknownHostException e) {
                h = "[" + h + "]";
            }
        }
        return h;
    }
}
