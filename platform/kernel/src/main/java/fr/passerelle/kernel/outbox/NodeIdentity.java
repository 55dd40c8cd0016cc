package fr.passerelle.kernel.outbox;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.util.UUID;

/** Names this process in leases, so a lease row tells which node holds it. */
public final class NodeIdentity {

    private static final String ID = compute();

    private NodeIdentity() {
    }

    public static String id() {
        return ID;
    }

    private static String compute() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "inconnu";
        }
        return host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }
}
