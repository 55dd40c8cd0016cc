package fr.passerelle.resources.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the link checker may request: public addresses, or the listed hosts only. No DNS: names are faked. */
class LinkTargetsTest {

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal); // a literal is parsed, never looked up
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    private static final Map<String, List<String>> DNS = Map.of(
            "www.exemple.fr", List.of("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"),
            "intranet.exemple.fr", List.of("10.1.2.3"),
            "rebond.exemple.fr", List.of("93.184.216.34", "127.0.0.1"),
            "metadonnees.exemple.fr", List.of("169.254.169.254"));

    private static final LinkTargets PRODUCTION = new LinkTargets(Set.of(), host -> {
        List<String> found = DNS.get(host);
        if (found == null) {
            if (host.matches("[0-9a-f.:]+")) {
                return new InetAddress[] {ip(host)};
            }
            throw new UnknownHostException(host);
        }
        return found.stream().map(LinkTargetsTest::ip).toArray(InetAddress[]::new);
    });

    @Test
    void specialPurposeAddressesAreNotPublic() {
        for (String literal : List.of("127.0.0.1", "127.9.9.9", "0.0.0.0", "0.1.2.3", "10.0.0.1", "100.64.0.1",
                "169.254.169.254", "172.16.0.1", "172.31.255.255", "192.168.0.1", "192.0.0.8", "192.0.2.1",
                "198.18.0.1", "198.51.100.7", "203.0.113.9", "224.0.0.1", "240.0.0.1", "255.255.255.255", "::1", "::",
                "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "2001:db8::1", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe",
                "2002:7f00:0001::1", "::127.0.0.1")) {
            assertFalse(LinkTargets.isPublic(ip(literal)), literal);
        }
        for (String literal : List.of("93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "192.169.0.1",
                "2606:2800:220:1:248:1893:25c8:1946", "2002:5db8:d822::1", "64:ff9b::808:808")) {
            assertTrue(LinkTargets.isPublic(ip(literal)), literal);
        }
    }

    @Test
    void withoutAListOnlyNamesResolvingToPublicAddressesOnlyAreRequested() throws Exception {
        assertEquals(Optional.empty(), PRODUCTION.refusal(URI.create("https://www.exemple.fr/guide")));
        for (String refused : List.of("http://intranet.exemple.fr/", "http://rebond.exemple.fr/",
                "http://metadonnees.exemple.fr/latest/meta-data/", "http://169.254.169.254/", "http://[::1]:8080/admin",
                "http://127.0.0.1:8080/admin")) {
            Optional<String> why = PRODUCTION.refusal(URI.create(refused));
            assertTrue(why.isPresent() && why.get().startsWith("adresse privée ou locale"), refused + " → " + why);
        }
        assertThrows(UnknownHostException.class, () -> PRODUCTION.refusal(URI.create("https://inconnu.exemple.fr/")));
    }

    @Test
    void aListNamesTheOnlyHostsRequestedWhateverTheirAddress() throws Exception {
        LinkTargets listed = new LinkTargets(Set.of("localhost", "127.0.0.1", "::1"), host -> {
            throw new AssertionError("a listed host needs no lookup: " + host);
        });
        assertEquals(Optional.empty(), listed.refusal(URI.create("http://LOCALHOST:8080/ok")));
        assertEquals(Optional.empty(), listed.refusal(URI.create("http://127.0.0.1:8080/ok")));
        assertEquals(Optional.empty(), listed.refusal(URI.create("http://[::1]:8080/ok")));
        assertTrue(listed.refusal(URI.create("https://pix.fr/")).orElseThrow().contains("PASSERELLE_LINK_CHECK_HOSTS"));
        assertTrue(listed.refusal(URI.create("http://169.254.169.254/")).isPresent());
    }
}
