package energy.mwolo.deployment.observability;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a PromQL expression reads: the series it names and the values it matches a label against. */
final class PromQl {

    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without",
            "on", "ignoring", "group_left", "group_right", "inf", "nan");
    private static final Pattern GROUPING = Pattern.compile(
            "\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![a-zA-Z0-9_:.$])[a-zA-Z_:][a-zA-Z0-9_:]*+(?!\\s*\\()");
    private static final Pattern PATTERN_SYNTAX = Pattern.compile("[*+?()\\[\\]{}^$\\\\]");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    private PromQl() {
    }

    /** The series an expression reads (functions, aggregations, keywords, labels and literals left out). */
    static Set<String> series(String expression) {
        String bare = STRING.matcher(expression).replaceAll("\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ");
        bare = GROUPING.matcher(bare).replaceAll(" ");
        Set<String> series = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            String name = identifier.group();
            if (!KEYWORDS.contains(name.toLowerCase())) {
                series.add(name);
            }
        }
        return series;
    }

    /**
     * The values an expression matches {@code label} against: {@code =}, or {@code =~} with plain alternatives
     * ({@code a|b}); a pattern with other regular-expression syntax names no value and is left out.
     */
    static Set<String> labelValues(String expression, String label) {
        Set<String> values = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\b" + label + "\\s*(=~?)\\s*\"([^\"]*)\"").matcher(expression);
        while (matcher.find()) {
            String value = matcher.group(2);
            if (matcher.group(1).equals("=")) {
                values.add(value);
            } else if (!PATTERN_SYNTAX.matcher(value).find()) {
                values.addAll(Arrays.asList(value.split("\\|")));
            }
        }
        return values;
    }

}
