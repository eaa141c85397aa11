package org.mutual.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every literal translation key in the views and every message key the domain's validation names
 * exists in the bundle, so no screen ever shows a raw key.
 */
class TranslationKeysTest {

    static final Pattern UI_KEY = Pattern.compile("(?:getTranslation|I18NProvider\\.translate)\\(\\s*\"([^\"]+)\"");
    static final Pattern DOMAIN_OF = Pattern.compile("ValidationException\\.of\\(\\s*\"[^\"]*\",\\s*\"([^\"]+)\"");
    static final Pattern DOMAIN_REQUIRE = Pattern.compile("\\.require\\([^;]*?,\\s*\"[^\"]*\",\\s*\"([^\"]+)\"",
            Pattern.DOTALL);

    static Properties bundle = new Properties();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = TranslationKeysTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            bundle.load(in);
        }
    }

    @Test
    void every_key_a_view_asks_for_is_translated() {
        Set<String> missing = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        keys(Path.of("src/main/java"), UI_KEY).forEach(key -> {
            if (key.endsWith(".")) {
                prefixes.add(key);
            } else if (!bundle.containsKey(key)) {
                missing.add(key);
            }
        });
        // A prefix completed at run time ("session.status." + status) needs at least one key.
        prefixes.stream().filter(p -> bundle.stringPropertyNames().stream().noneMatch(k -> k.startsWith(p)))
                .forEach(missing::add);
        assertThat(missing).isEmpty();
    }

    @Test
    void every_message_the_domain_can_give_is_translated() {
        Set<String> keys = new TreeSet<>(keys(Path.of("../domain/src/main/java"), DOMAIN_OF));
        keys.addAll(keys(Path.of("../domain/src/main/java"), DOMAIN_REQUIRE));
        assertThat(keys).hasSizeGreaterThan(20);
        assertThat(keys).filteredOn(k -> !bundle.containsKey(k)).isEmpty();
    }

    private static Set<String> keys(Path root, Pattern pattern) {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                Matcher m = pattern.matcher(read(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
