package fr.passerelle.resources.control;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which addresses the link checker may request. Anyone may propose an external link and an editor publishes it
 * without reading every address, so a link such as {@code http://169.254.169.254/latest/meta-data} (cloud
 * metadata) or {@code http://localhost:8080/admin} must not make the server call its own network (SSRF). Rule:
 * <ul>
 * <li>when {@code PASSERELLE_LINK_CHECK_HOSTS} lists hosts, only those are requested, and they are requested
 * whatever their address: the operator named them (the tests' local server, an intranet on purpose);</li>
 * <li>any other host is requested only when every address its name resolves to is a public one: loopback,
 * private, link-local, carrier-grade NAT, unique-local, multicast, documentation and reserved ranges are
 * refused, IPv4 addresses embedded in IPv6 (mapped, NAT64, 6to4) included.</li>
 * </ul>
 * The rule is applied to every hop of a redirect, since a public page may redirect to a private address.
 * Residual risk, accepted: the HTTP client resolves the name again, so a name whose DNS answer changes
 * between the two lookups (DNS rebinding) could slip through; the JVM caches a positive answer for 30 s by
 * default, which narrows that window to nearly nothing.
 */
final class LinkTargets {

    /** Resolves a host name; a seam for tests, which must not depend on a DNS. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> listedHosts;
    private final Resolver resolver;

    LinkTargets(Set<String> listedHosts) {
        this(listedHosts, InetAddress::getAllByName);
    }

    LinkTargets(Set<String> listedHosts, Resolver resolver) {
        this.listedHosts = listedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(
                java.util.stream.Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /**
     * Why this address must not be requested, in French, or empty when it may be.
     *
     * @throws UnknownHostException when its host has no address (the link is broken, not refused)
     */
    Optional<String> refusal(URI uri) throws UnknownHostException {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            return Optional.of("adresse sans nom d'hôte");
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!listedHosts.isEmpty()) {
            return listedHosts.contains(host) || listedHosts.contains(bare) ? Optional.empty()
                    : Optional.of("hôte hors de la liste des hôtes à vérifier (PASSERELLE_LINK_CHECK_HOSTS)");
        }
        for (InetAddress address : resolver.resolve(bare)) {
            if (!isPublic(address)) {
                return Optional.of("adresse privée ou locale (" + address.getHostAddress()
                        + ") : Passerelle ne la demande pas");
            }
        }
        return Optional.empty();
    }

    /** True for an address of the public internet, false for every special-purpose range a server could reach. */
    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return isPublicV4(b);
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // fc00::/7 unique local
            }
            if (startsWith(b, 0x20, 0x01, 0x0d, 0xb8)) {
                return false; // 2001:db8::/32 documentation
            }
            if (startsWith(b, 0x20, 0x02)) {
                return isPublicV4(new byte[] {b[2], b[3], b[4], b[5]}); // 6to4 carries an IPv4 address
            }
            if (startsWith(b, 0x00, 0x64, 0xff, 0x9b) || isZero(b, 0, 12) || isZero(b, 0, 10)
                    && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                // NAT64 64:ff9b::/96, IPv4-compatible ::a.b.c.d and IPv4-mapped ::ffff:a.b.c.d
                return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]});
            }
            return true;
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        return !(a0 == 0 // "this network"
                || a0 == 10 || a0 == 127
                || a0 == 100 && a1 >= 64 && a1 <= 127 // carrier-grade NAT
                || a0 == 169 && a1 == 254 // link-local, cloud metadata
                || a0 == 172 && a1 >= 16 && a1 <= 31
                || a0 == 192 && a1 == 168
                || a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2) // IETF protocol assignments, TEST-NET-1
                || a0 == 198 && (a1 == 18 || a1 == 19) // benchmarking
                || a0 == 198 && a1 == 51 && a2 == 100 // TEST-NET-2
                || a0 == 203 && a1 == 0 && a2 == 113 // TEST-NET-3
                || a0 >= 224); // multicast, reserved, broadcast
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
