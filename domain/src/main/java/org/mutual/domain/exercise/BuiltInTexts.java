package org.mutual.domain.exercise;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The built-in exercises in the reader's language. They are stored in English (as
 * {@link BuiltInPractices} wrote them); screens ask here for the texts in another language, keyed by
 * practice, from {@code BuiltInExercises_<language>.properties}. A therapist's own exercises are shown
 * as written, and any text a language lacks stays English.
 */
public final class BuiltInTexts {

    static final String BUNDLE = "org.mutual.domain.exercise.BuiltInExercises";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<String, Practice> BY_ENGLISH_TITLE = BuiltInPractices.all().stream()
            .collect(Collectors.toUnmodifiableMap(Exercise::title, Exercise::practice));

    /** Built-in fields by key, English label and choices, so a copied field (homework prompts) is recognised. */
    private static final Map<String, Practice> BY_FIELD = BuiltInPractices.all().stream()
            .flatMap(e -> e.fields().stream().map(f -> Map.entry(signature(f), e.practice())))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private BuiltInTexts() {
    }

    /**
     * Fields copied from an exercise (a homework's prompts) in {@code locale}'s language: a field that
     * is exactly a built-in one (same key, English label and choices) gets its translated label.
     */
    public static java.util.List<RecordingField> fields(Locale locale, java.util.List<RecordingField> fields) {
        Optional<ResourceBundle> bundle = bundle(locale);
        if (bundle.isEmpty()) {
            return fields;
        }
        return fields.stream().map(f -> {
            Practice practice = BY_FIELD.get(signature(f));
            return practice == null ? f : new RecordingField(f.key(),
                    get(bundle.get(), practice.name() + ".field." + f.key(), f.label()), f.type(), f.choices(), f.scope());
        }).toList();
    }

    /** A stored choice of a field as given by {@link #fields}: translated when the field is a built-in one. */
    public static String choice(Locale locale, RecordingField englishField, String value) {
        Practice practice = BY_FIELD.get(signature(englishField));
        if (practice == null || value == null) {
            return value;
        }
        return bundle(locale).map(b -> get(b, practice.name() + ".choice." + englishField.key() + "." + value, value))
                .orElse(value);
    }

    /** {@code exercise} with its texts in {@code locale}'s language when it is built in; else as it is. */
    public static Exercise in(Locale locale, Exercise exercise) {
        if (!exercise.builtIn() || exercise.practice() == null) {
            return exercise;
        }
        Optional<ResourceBundle> bundle = bundle(locale);
        if (bundle.isEmpty()) {
            return exercise;
        }
        String p = exercise.practice().name() + ".";
        ResourceBundle b = bundle.get();
        return new Exercise(exercise.id(), exercise.practice(), get(b, p + "title", exercise.title()),
                get(b, p + "goal", exercise.goal()), get(b, p + "steps", exercise.steps()),
                get(b, p + "prompts", exercise.prompts()), exercise.suggestedMinutes(),
                get(b, p + "homework", exercise.homeworkVariant()), exercise.helps(),
                exercise.fields().stream().map(f -> new RecordingField(f.key(),
                        get(b, p + "field." + f.key(), f.label()), f.type(), f.choices(), f.scope())).toList(),
                exercise.builtIn(), exercise.owner(), exercise.archived(), exercise.version());
    }

    /**
     * The practices whose built-in exercise has {@code text} in its title or goal as {@code locale}'s
     * language writes them, ignoring case and accents; empty for English, whose texts the database
     * searches itself.
     */
    public static java.util.Set<Practice> matching(Locale locale, String text) {
        if (text == null || text.isBlank() || bundle(locale).isEmpty()) {
            return java.util.Set.of();
        }
        String wanted = folded(text.strip());
        return BuiltInPractices.all().stream().map(e -> in(locale, e))
                .filter(e -> folded(e.title()).contains(wanted) || folded(e.goal()).contains(wanted))
                .map(Exercise::practice)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Lower case without accents: "Conversación" and "conversacion" read the same. */
    private static String folded(String text) {
        return text == null ? "" : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /**
     * A title as stored in a plan or a record: a built-in's English title in {@code locale}'s language,
     * anything else unchanged.
     */
    public static String title(Locale locale, String storedTitle) {
        Practice practice = storedTitle == null ? null : BY_ENGLISH_TITLE.get(storedTitle);
        if (practice == null) {
            return storedTitle;
        }
        return bundle(locale).map(b -> get(b, practice.name() + ".title", storedTitle)).orElse(storedTitle);
    }

    /** A stored choice value of a built-in's field as the reader reads it; the stored value otherwise. */
    public static String choice(Locale locale, Exercise exercise, String fieldKey, String value) {
        if (!exercise.builtIn() || exercise.practice() == null || value == null) {
            return value;
        }
        return bundle(locale).map(b -> get(b, exercise.practice().name() + ".choice." + fieldKey + "." + value, value))
                .orElse(value);
    }

    /** Every key a complete translation of the built-in exercises has. */
    public static java.util.SortedSet<String> keys() {
        java.util.SortedSet<String> keys = new java.util.TreeSet<>();
        for (Exercise e : BuiltInPractices.all()) {
            String p = e.practice().name() + ".";
            keys.addAll(Arrays.asList(p + "title", p + "goal", p + "steps", p + "prompts", p + "homework"));
            for (RecordingField f : e.fields()) {
                keys.add(p + "field." + f.key());
                f.choices().forEach(c -> keys.add(p + "choice." + f.key() + "." + c));
            }
        }
        return keys;
    }

    static Optional<ResourceBundle> bundle(Locale locale) {
        if (locale == null || locale.getLanguage().isEmpty() || locale.getLanguage().equals("en")) {
            return Optional.empty();
        }
        try {
            ResourceBundle b = ResourceBundle.getBundle(BUNDLE, Locale.of(locale.getLanguage()),
                    BuiltInTexts.class.getClassLoader(), NO_FALLBACK);
            return b.getLocale().getLanguage().equals(locale.getLanguage()) ? Optional.of(b) : Optional.empty();
        } catch (MissingResourceException none) {
            return Optional.empty();
        }
    }

    private static String signature(RecordingField field) {
        return field.key() + "\n" + field.label() + "\n" + String.join("\n", field.choices());
    }

    private static String get(ResourceBundle bundle, String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }
}
