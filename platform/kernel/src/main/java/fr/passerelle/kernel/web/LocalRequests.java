package fr.passerelle.kernel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotFoundException;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Keeps developer pages (the local mailbox) to requests from this machine until identity provides an
 * administrator role. Behind a proxy the remote address is the proxy's, so such pages stay hidden there.
 */
public final class LocalRequests {

    private LocalRequests() {
    }

    public static void requireLoopback(HttpServletRequest request) {
        if (request == null || !isLoopback(request.getRemoteAddr())) {
            throw new NotFoundException();
        }
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isBlank() || !address.matches("[0-9a-fA-F:.]+")) {
            return false; // only literal IP addresses: never resolve a name here
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
