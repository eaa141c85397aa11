package org.mutual.app.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application with a mail server configured: a real SMTP server (GreenMail) on a free port
 * that tests read the delivered mail from. Subclasses share one running instance and its own H2 file
 * database with the demo practice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class MailingAppTest {

    public static final String PUBLIC_URL = "https://mutual.example.org";
    protected static final GreenMail SMTP = startSmtp();
    private static final Path DATA_DIR = newDataDir();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("mutual.data-dir", DATA_DIR::toString);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("mutual.public-url", () -> PUBLIC_URL);
        registry.add("mutual.mail.from", () -> "practice@mutual.example.org");
    }

    private static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop));
        return smtp;
    }

    private static Path newDataDir() {
        try {
            return Files.createTempDirectory("mutual-mail-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
