package org.mutual.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    /** Literal texts handed straight to a component: they should come from the bundle instead. */
    static final Pattern HARD_CODED = Pattern.compile(
            "(?:new (?:Span|Button|H[1-6]|Paragraph|Div|NativeLabel|Checkbox|TextField|TextArea|Tab|SideNavItem|Text)"
                    + "|\\.set(?:Text|Label|Header|Placeholder|HelperText|Title|AriaLabel|ErrorMessage|TooltipText)"
                    + "|Notification\\.show|ConfirmDialog\\.set(?:Header|Text|ConfirmText))\\(\\s*\"([^\"]*\\p{L}{2}[^\"]*)\"");
    /** Language names are written in their own language; "https://" is a format hint, not a sentence. */
    static final Set<String> ALLOWED_LITERALS = Set.of("English", "Español", "https://");

    static Properties bundle = new Properties();
    static Properties spanish = new Properties();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = TranslationKeysTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        try (InputStream in = TranslationKeysTest.class.getResourceAsStream("/vaadin-i18n/translations_es.properties")) {
            spanish.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void english_and_spanish_have_exactly_the_same_keys() {
        Set<String> english = new TreeSet<>(bundle.stringPropertyNames());
        Set<String> es = new TreeSet<>(spanish.stringPropertyNames());
        assertThat(english).hasSizeGreaterThan(700);
        assertThat(new TreeSet<>(english)).as("keys missing in translations_es.properties")
                .satisfies(keys -> keys.removeAll(es)).isEmpty();
        assertThat(new TreeSet<>(es)).as("keys only in translations_es.properties")
                .satisfies(keys -> keys.removeAll(english)).isEmpty();
    }

    @Test
    void no_text_is_empty_and_each_language_uses_the_same_placeholders() {
        for (Properties texts : List.of(bundle, spanish)) {
            assertThat(texts.stringPropertyNames()).filteredOn(k -> texts.getProperty(k).isBlank()).isEmpty();
        }
        Set<String> mismatched = new TreeSet<>();
        bundle.stringPropertyNames().stream().filter(spanish::containsKey).forEach(key -> {
            if (!placeholders(bundle.getProperty(key)).equals(placeholders(spanish.getProperty(key)))) {
                mismatched.add(key);
            }
        });
        assertThat(mismatched).isEmpty();
    }

    @Test
    void the_spanish_texts_are_spanish() {
        // A key copied over untranslated would pass the parity test; long texts must differ.
        assertThat(bundle.stringPropertyNames()).filteredOn(k -> bundle.getProperty(k).length() > 25
                && bundle.getProperty(k).equals(spanish.getProperty(k))).isEmpty();
    }

    @Test
    void no_screen_text_is_written_into_the_code() {
        Set<String> literals = new TreeSet<>();
        for (String root : List.of("src/main/java/org/mutual/ui", "src/main/java/org/mutual/app/mail")) {
            keys(Path.of(root), HARD_CODED).stream().filter(l -> !ALLOWED_LITERALS.contains(l)).forEach(literals::add);
        }
        assertThat(literals).isEmpty();
    }

    @Test
    void the_scan_for_texts_in_the_code_finds_them() {
        Matcher m = HARD_CODED.matcher("add(new Span(\"Welcome back\")); n.setHeader(\"Name\"); Notification.show(\"Saved\")");
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        assertThat(found).containsExactly("Welcome back", "Name", "Saved");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
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
