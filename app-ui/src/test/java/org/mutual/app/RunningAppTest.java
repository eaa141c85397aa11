package org.mutual.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port over a fresh H2 file database with the demo practice.
 * Subclasses share one running instance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningAppTest {

    private static final Path DATA_DIR = newDataDir();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("mutual.data-dir", DATA_DIR::toString);
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Path newDataDir() {
        try {
            return Files.createTempDirectory("mutual-app-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
