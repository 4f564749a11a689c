package energy.mwolo.platformtest;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one format of every benchmark figure: a single line on standard output (which Maven's console shows),
 *
 * <pre>
 * BENCHMARK relay.steady-state relay_events_per_s=8412 plain_events_per_s=21340 events=100000 ratio=0.39 (relay/plain)
 * </pre>
 *
 * the name, the figures in the order given, and the ratio to a baseline measured in the same run, so that
 * {@code grep '^BENCHMARK '} collects a whole run and figures from loaded machines still compare through the ratio.
 */
public final class Benchmark {

    public static final String PREFIX = "BENCHMARK ";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern FIGURE = Pattern.compile("[a-z0-9][a-z0-9_]*");

    private Benchmark() {
    }

    /**
     * What was measured against what, in the same run.
     *
     * @param label {@code measured/baseline}, for example {@code gateway/direct}
     * @param value the measured figure divided by the baseline's
     */
    public record Ratio(String label, double value) {

        public Ratio {
            if (label == null || label.isBlank() || label.contains(" ")) {
                throw new IllegalArgumentException("A ratio is labelled measured/baseline, without spaces: " + label);
            }
        }

        /** {@code measured / baseline}, labelled {@code measuredName/baselineName}. */
        public static Ratio of(String measuredName, double measured, String baselineName, double baseline) {
            return new Ratio(measuredName + "/" + baselineName, measured / baseline);
        }
    }

    /** Prints the line and returns it. Figures keep their order (use a {@code LinkedHashMap}). */
    public static String report(String name, Map<String, ? extends Number> figures, Ratio ratio) {
        String line = line(name, figures, ratio);
        PrintStream out = System.out;
        // One println per line: parallel output of the same JVM cannot split it.
        out.println(line);
        out.flush();
        return line;
    }

    static String line(String name, Map<String, ? extends Number> figures, Ratio ratio) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A benchmark name is lower-case, without spaces: " + name);
        }
        StringBuilder line = new StringBuilder(PREFIX).append(name);
        figures.forEach((figure, value) -> {
            if (!FIGURE.matcher(figure).matches() || "ratio".equals(figure)) {
                throw new IllegalArgumentException("A figure is named in lower_snake_case, not 'ratio': " + figure);
            }
            line.append(' ').append(figure).append('=').append(format(value));
        });
        return line.append(" ratio=").append(format(ratio.value())).append(" (").append(ratio.label()).append(')')
                .toString();
    }

    /** Integers as they are; other figures rounded: to units from 100, to 2 decimals from 1, else 3 digits. */
    static String format(Number value) {
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        double d = value.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        if (Math.abs(d) >= 100) {
            return String.format(Locale.ROOT, "%.0f", d);
        }
        if (Math.abs(d) >= 1 || d == 0) {
            return String.format(Locale.ROOT, "%.2f", d);
        }
        return String.format(Locale.ROOT, "%.3g", d);
    }
}
