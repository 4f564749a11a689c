package energy.mwolo.deployment.docs;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.deployment.observability.Repository;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/operations.md: its configuration table of each service lists exactly the environment variables the
 * service's application.yml reads ({@code ${VARIABLE:default}}), with their defaults; it is linked from the README.
 */
class OperationsGuideTest {

    private static final String GUIDE = "docs/operations.md";
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z][A-Z0-9_]*)` \\| (.+?) \\| .*\\|$",
            Pattern.MULTILINE);
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    @Test
    void eachServicesTableListsTheVariablesItsSettingsReadWithTheirDefaults() {
        String guide = Repository.read(GUIDE);

        assertThat(ServiceCatalogue.all()).allSatisfy(service -> {
            String settings = Repository.read(service.module() + "/src/main/resources/application.yml");
            assertThat(documented(guide, service.module())).as(service.module() + " in " + GUIDE)
                    .isEqualTo(placeholders(settings)).isNotEmpty();
        });
    }

    @Test
    void aVariableMissingFromTheTableIsNoticed() {
        String settings = "spring:\n  datasource:\n    url: ${SPRING_DATASOURCE_URL}\n"
                + "mwolo:\n  link: ${MWOLO_LINK:http://x/?token={token}}\n  empty: ${MWOLO_EMPTY:}\n";

        assertThat(placeholders(settings)).containsExactly("MWOLO_EMPTY=(empty)",
                "MWOLO_LINK=`http://x/?token={token}`", "SPRING_DATASOURCE_URL=required");
    }

    @Test
    void theReadmeLinksTheGuideAndTheGuideLinksTheKubernetesInstructions() {
        assertThat(Repository.read("README.md")).contains("(docs/operations.md)");
        assertThat(Repository.read(GUIDE)).contains("(../k8s/README.md)");
    }

    /** The rows of the table under {@code ### <module>}, as {@code VARIABLE=default}. */
    private static Set<String> documented(String guide, String module) {
        int start = guide.indexOf("\n### " + module + "\n");
        assertThat(start).as("a section ### " + module).isNotNegative();
        int end = guide.indexOf("\n#", start + 1);
        Matcher row = ROW.matcher(guide.substring(start, end < 0 ? guide.length() : end));
        Set<String> rows = new TreeSet<>();
        while (row.find()) {
            rows.add(row.group(1) + "=" + row.group(2));
        }
        return rows;
    }

    /** Every {@code ${VARIABLE[:default]}} of a settings file, the default read up to its matching brace. */
    static Set<String> placeholders(String settings) {
        Set<String> found = new TreeSet<>();
        Matcher variable = VARIABLE.matcher(settings);
        while (variable.find()) {
            int at = variable.end();
            if (settings.charAt(at) == '}') {
                found.add(variable.group(1) + "=required");
            } else if (settings.charAt(at) == ':') {
                int depth = 1;
                int end = at + 1;
                while (depth > 0) {
                    char c = settings.charAt(end++);
                    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                }
                String value = settings.substring(at + 1, end - 1);
                found.add(variable.group(1) + "=" + (value.isEmpty() ? "(empty)" : "`" + value + "`"));
            }
        }
        return found;
    }
}
