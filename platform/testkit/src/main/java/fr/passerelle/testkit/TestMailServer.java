package fr.passerelle.testkit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real SMTP server (GreenMail) in the test JVM for the whole test run. It starts before Arquillian
 * reads its configuration, which passes the chosen port to Payara as PASSERELLE_SMTP_PORT.
 */
public class TestMailServer implements LauncherSessionListener {

    private static GreenMail greenMail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    static synchronized void start() {
        if (greenMail != null) {
            return;
        }
        int port = freePort();
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        System.setProperty("passerelle.it.smtp.port", String.valueOf(port));
    }

    public static int port() {
        start();
        return Integer.parseInt(System.getProperty("passerelle.it.smtp.port"));
    }

    /** Waits (polling, bounded) until a message to {@code recipient} whose subject contains {@code subject} arrives. */
    public static MimeMessage awaitMessage(String recipient, String subject, Duration timeout) {
        start();
        MimeMessage[] found = new MimeMessage[1];
        Await.until("an e-mail to " + recipient + " with subject containing '" + subject + "'", timeout, () -> {
            for (MimeMessage m : received()) {
                try {
                    if (m.getSubject() != null && m.getSubject().contains(subject)
                            && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(recipient))) {
                        found[0] = m;
                        return true;
                    }
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            return false;
        });
        return found[0];
    }

    public static List<MimeMessage> received() {
        start();
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
