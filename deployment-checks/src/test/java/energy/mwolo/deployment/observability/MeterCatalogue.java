package energy.mwolo.deployment.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Prometheus series the platform publishes, derived from the code: every Micrometer meter built in a module's
 * main sources (builders, registry shortcuts and {@code @Timed}/{@code @Counted}, with names given literally or
 * as a constant of the same class), named as the Prometheus registry names them (dots to underscores, {@code _total}
 * for counters, the base unit appended, {@code _count}/{@code _sum}/{@code _max} for timers and summaries); plus
 * the few series that come from Spring Boot, the Kafka client and Prometheus itself, listed in {@link #FRAMEWORK}.
 */
final class MeterCatalogue {

    /**
     * Series not built in this repository's code: Prometheus's own {@code up}, Spring Boot's HTTP server timer
     * (with the buckets the platform's defaults ask for) and JVM memory, the Kafka consumer's fetch metrics bound by
     * Spring Boot's Kafka metrics auto-configuration. operations-service's {@code ManagementPortIT} proves each one
     * (but {@code up}) is in a real scrape.
     */
    static final Set<String> FRAMEWORK = Set.of("up",
            "http_server_requests_seconds_count", "http_server_requests_seconds_sum",
            "http_server_requests_seconds_max", "http_server_requests_seconds_bucket",
            "jvm_memory_used_bytes", "kafka_consumer_fetch_manager_records_lag_max");

    private static final Pattern BUILDER = Pattern.compile(
            "\\b(Counter|FunctionCounter|Gauge|TimeGauge|Timer|FunctionTimer|LongTaskTimer|DistributionSummary)"
                    + "\\.builder\\(\\s*(\"([^\"]+)\"|([A-Z][A-Z0-9_]*))");
    private static final Pattern SHORTCUT = Pattern.compile(
            "\\.(counter|gauge|timer|summary)\\(\\s*(\"([a-z][a-z0-9_.]+)\"|([A-Z][A-Z0-9_]*))\\s*[,)]");
    private static final Pattern ANNOTATION = Pattern.compile("@(Timed|Counted)\\(\\s*(?:value\\s*=\\s*)?\"([^\"]+)\"");
    private static final Pattern CONSTANT = Pattern.compile(
            "static\\s+final\\s+String\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*\"([a-z][a-z0-9_.]+)\"");
    private static final Pattern BASE_UNIT = Pattern.compile("\\.baseUnit\\(\\s*\"([a-z]+)\"");

    private MeterCatalogue() {
    }

    /** Every series name the code and the frameworks publish. */
    static Set<String> series() {
        Set<String> series = new TreeSet<>(FRAMEWORK);
        try (Stream<Path> modules = Files.list(Repository.ROOT)) {
            modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory)
                    .forEach(sources -> javaFiles(sources).forEach(file -> series.addAll(seriesIn(read(file)))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return series;
    }

    /** The series the meters of one source file publish. */
    static Set<String> seriesIn(String source) {
        Map<String, String> constants = new HashMap<>();
        Matcher constant = CONSTANT.matcher(source);
        while (constant.find()) {
            constants.put(constant.group(1), constant.group(2));
        }
        Set<String> series = new TreeSet<>();
        Matcher builder = BUILDER.matcher(source);
        while (builder.find()) {
            String name = builder.group(3) != null ? builder.group(3) : constants.get(builder.group(4));
            if (name != null) {
                series.addAll(prometheus(builder.group(1), name, baseUnit(source, builder.end())));
            }
        }
        Matcher shortcut = SHORTCUT.matcher(source);
        while (shortcut.find()) {
            String name = shortcut.group(3) != null ? shortcut.group(3) : constants.get(shortcut.group(4));
            if (name != null) {
                String kind = switch (shortcut.group(1)) {
                    case "counter" -> "Counter";
                    case "gauge" -> "Gauge";
                    case "timer" -> "Timer";
                    default -> "DistributionSummary";
                };
                series.addAll(prometheus(kind, name, null));
            }
        }
        Matcher annotation = ANNOTATION.matcher(source);
        while (annotation.find()) {
            series.addAll(prometheus(annotation.group(1).equals("Timed") ? "Timer" : "Counter", annotation.group(2),
                    null));
        }
        return series;
    }

    private static Set<String> prometheus(String kind, String name, String baseUnit) {
        String base = name.replace('.', '_').replace('-', '_');
        return switch (kind) {
            case "Counter", "FunctionCounter" -> Set.of(base + "_total");
            case "Gauge" -> Set.of(withUnit(base, baseUnit));
            case "TimeGauge" -> Set.of(withUnit(base, "seconds"));
            case "Timer", "FunctionTimer", "LongTaskTimer" -> aggregates(withUnit(base, "seconds"));
            default -> aggregates(withUnit(base, baseUnit));
        };
    }

    private static Set<String> aggregates(String base) {
        return Set.of(base + "_count", base + "_sum", base + "_max");
    }

    private static String withUnit(String base, String unit) {
        return unit == null || base.endsWith("_" + unit) ? base : base + "_" + unit;
    }

    /** The base unit set in the same builder chain, which ends at its {@code register(}. */
    private static String baseUnit(String source, int from) {
        int end = source.indexOf(".register(", from);
        if (end < 0) {
            return null;
        }
        Matcher unit = BASE_UNIT.matcher(source.substring(from, end));
        return unit.find() ? unit.group(1) : null;
    }

    private static Stream<Path> javaFiles(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
