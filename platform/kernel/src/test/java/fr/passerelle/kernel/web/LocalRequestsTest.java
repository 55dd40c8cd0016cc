package fr.passerelle.kernel.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LocalRequestsTest {

    @Test
    void onlyLiteralLoopbackAddressesPass() {
        assertTrue(LocalRequests.isLoopback("127.0.0.1"));
        assertTrue(LocalRequests.isLoopback("127.8.9.10"));
        assertTrue(LocalRequests.isLoopback("::1"));
        assertTrue(LocalRequests.isLoopback("0:0:0:0:0:0:0:1"));
        assertFalse(LocalRequests.isLoopback("10.0.0.5"));
        assertFalse(LocalRequests.isLoopback("172.18.0.3"));
        assertFalse(LocalRequests.isLoopback("localhost"), "names are not resolved");
        assertFalse(LocalRequests.isLoopback(""));
        assertFalse(LocalRequests.isLoopback(null));
    }
}
