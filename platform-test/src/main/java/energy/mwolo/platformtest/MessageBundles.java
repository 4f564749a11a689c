package energy.mwolo.platformtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every message of a module's bundles, French (the base bundle) and English, rendered the way the services and the
 * gateway render problem messages: a {@code MessageSource} over the same basenames, UTF-8, no fallback to the
 * machine's language, every message through {@link java.text.MessageFormat}. A message that would show a raw
 * {@code {0}} or lose an apostrophe to quoting fails, naming the key and the language.
 *
 * <pre>{@code
 * @Test
 * void everyMessageRendersItsArguments() {
 *     MessageBundles.of("messages", "platform-messages").assertEveryMessageRendersItsArguments();
 * }
 * }</pre>
 */
public final class MessageBundles {

    private static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)([^}]*)}");
    private static final Pattern LEFTOVER = Pattern.compile("\\{\\d");

    private final List<String> basenames;

    private MessageBundles(List<String> basenames) {
        this.basenames = List.copyOf(basenames);
    }

    /** The bundles of these basenames on the classpath ({@code messages}, {@code platform-messages}, ...). */
    public static MessageBundles of(String... basenames) {
        return new MessageBundles(List.of(basenames));
    }

    /**
     * Checks each key of each bundle: present in both languages with the same arguments; rendered with that many
     * arguments, it shows every one of them and no placeholder; no single {@code '} (MessageFormat would drop it
     * and quote what follows, placeholders included; write {@code ''} or {@code ’}).
     */
    public void assertEveryMessageRendersItsArguments() {
        ResourceBundleMessageSource messages = renderer();
        List<String> faults = new ArrayList<>();
        int checked = 0;
        for (String basename : basenames) {
            Properties french = load(basename + ".properties");
            Properties english = load(basename + "_en.properties");
            Set<String> keys = new TreeSet<>(french.stringPropertyNames());
            keys.addAll(english.stringPropertyNames());
            for (String key : keys) {
                checked++;
                String frenchPattern = french.getProperty(key);
                String englishPattern = english.getProperty(key);
                if (frenchPattern == null || englishPattern == null) {
                    faults.add(basename + ": " + key + " is missing in " + (frenchPattern == null ? "French" : "English"));
                    continue;
                }
                Set<Integer> arguments = arguments(frenchPattern);
                if (!arguments.equals(arguments(englishPattern))) {
                    faults.add(basename + ": " + key + " takes arguments " + arguments + " in French but "
                            + arguments(englishPattern) + " in English");
                }
                for (Locale language : LANGUAGES) {
                    String pattern = language == Locale.FRENCH ? frenchPattern : englishPattern;
                    check(messages, basename, key, pattern, language, faults);
                }
            }
        }
        assertThat(checked).as("messages in %s", basenames).isPositive();
        assertThat(faults).as("messages of %s that do not render as written", basenames).isEmpty();
    }

    private static void check(ResourceBundleMessageSource messages, String basename, String key, String pattern,
            Locale language, List<String> faults) {
        String where = basename + "[" + language.getLanguage() + "]: " + key + "=" + pattern;
        if (pattern.replace("''", "").indexOf('\'') >= 0) {
            faults.add(where + " has a single ' (write '' or ’)");
            return;
        }
        Object[] samples = samples(pattern);
        String rendered;
        try {
            rendered = messages.getMessage(key, samples, language);
        } catch (IllegalArgumentException e) {
            faults.add(where + " does not parse: " + e.getMessage());
            return;
        }
        if (LEFTOVER.matcher(rendered).find()) {
            faults.add(where + " renders a raw placeholder: " + rendered);
        }
        for (int index : arguments(pattern)) {
            if (samples[index] instanceof String sample && !rendered.contains(sample)) {
                faults.add(where + " does not show argument " + index + ": " + rendered);
            }
        }
    }

    /** One sample per argument index up to the highest: a text that shows where it lands, or a number. */
    private static Object[] samples(String pattern) {
        Object[] samples = new Object[arguments(pattern).stream().mapToInt(i -> i + 1).max().orElse(0)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = "<argument " + i + ">";
        }
        Matcher placeholder = PLACEHOLDER.matcher(pattern.replace("''", ""));
        while (placeholder.find()) {
            if (!placeholder.group(2).isEmpty()) {
                samples[Integer.parseInt(placeholder.group(1))] = 7; // {0,number}, {0,choice,...}
            }
        }
        return samples;
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(pattern.replace("''", ""));
        while (placeholder.find()) {
            indexes.add(Integer.parseInt(placeholder.group(1)));
        }
        return indexes;
    }

    private ResourceBundleMessageSource renderer() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(basenames.toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundles.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("bundle %s on the classpath", resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
