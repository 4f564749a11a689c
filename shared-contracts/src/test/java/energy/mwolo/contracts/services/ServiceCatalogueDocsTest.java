package energy.mwolo.contracts.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the repository writes about ports and routes, checked against the catalogue: the READMEs' tables and the
 * services' own settings (their {@code SERVER_PORT} default and the peers' URLs they default to). Change a port or a
 * route in the catalogue and this test names every place still saying otherwise.
 */
class ServiceCatalogueDocsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern DEVSTACK_ROW =
            Pattern.compile("^\\| `([a-z-]+)` \\| `http://127\\.0\\.0\\.1:(\\d+)` \\| `:(\\d+)` \\|");
    private static final Pattern GATEWAY_ROW =
            Pattern.compile("^\\| (`/[^|]+) \\| ([a-z]+) \\| `http://localhost:(\\d+)` \\(`(MWOLO_[A-Z]+_URL)`\\) \\|$");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern SERVER_PORT_DEFAULT = Pattern.compile("\\$\\{SERVER_PORT:(\\d+)}");
    private static final Pattern MANAGEMENT_PORT_DEFAULT = Pattern.compile("\\$\\{MANAGEMENT_SERVER_PORT:(\\d+)}");
    private static final Pattern PORT_IN_PROSE = Pattern.compile("\\b[Pp]ort (\\d{4,5})\\b");
    private static final Pattern SERVER_PORT_ROW = Pattern.compile("`SERVER_PORT`.*`(\\d{4,5})`");
    private static final Pattern SERVICE_VARIABLE = Pattern.compile("MWOLO_([A-Z]+)_[A-Z_]*");
    private static final Pattern LOCAL_PORT = Pattern.compile("//localhost:(\\d+)");

    @Test
    void everyAvailableServiceIsAModuleOfTheBuildAndNoPlannedOneIs() throws IOException {
        String pom = read(ROOT.resolve("pom.xml"));
        assertThat(pom).as("the repository root").contains("<module>shared-contracts</module>");
        for (PlatformService service : ServiceCatalogue.all()) {
            boolean module = pom.contains("<module>" + service.module() + "</module>");
            assertThat(module).as("%s is %s in the catalogue: its module %s in the root pom", service.module(),
                    service.status(), service.isPlanned() ? "must not be yet" : "must be").isEqualTo(!service.isPlanned());
        }
    }

    @Test
    void theDevstackReadmeListsEveryServiceOnItsPortAndManagementPort() throws IOException {
        Map<String, String> documented = new LinkedHashMap<>();
        for (String line : lines(ROOT.resolve("devstack/README.md"))) {
            Matcher row = DEVSTACK_ROW.matcher(line);
            if (row.find()) {
                documented.put(row.group(1), row.group(2) + " " + row.group(3));
            }
        }

        assertThat(documented).as("devstack/README.md's service table").isEqualTo(ServiceCatalogue.all().stream()
                .collect(Collectors.toMap(PlatformService::module,
                        service -> service.port() + " " + service.managementPort(), (a, b) -> a,
                        LinkedHashMap::new)));
    }

    @Test
    void theGatewayReadmeRoutesEveryServicesPathsToItsDefaultUrl() throws IOException {
        List<String> documented = new ArrayList<>();
        for (String line : lines(ROOT.resolve("gateway/README.md"))) {
            Matcher row = GATEWAY_ROW.matcher(line);
            if (row.matches()) {
                List<String> paths = new ArrayList<>();
                Matcher path = BACKTICKED.matcher(row.group(1));
                while (path.find()) {
                    paths.add(path.group(1));
                }
                documented.add(row(row.group(2), paths, Integer.parseInt(row.group(3)), row.group(4)));
            }
        }

        assertThat(documented).as("gateway/README.md's route table").containsExactlyElementsOf(
                ServiceCatalogue.routed().stream()
                        .map(service -> row(service.name(), service.routes(), service.port(), service.urlVariable()))
                        .toList());
    }

    @Test
    void theRootReadmeListsEveryModuleAndTheServicesStillToCome() throws IOException {
        List<String> readme = lines(ROOT.resolve("README.md"));
        String toCome = readme.stream().filter(line -> line.startsWith("Services still to come")).findFirst()
                .orElse("");

        for (PlatformService service : ServiceCatalogue.all()) {
            boolean row = readme.stream().anyMatch(line ->
                    line.startsWith("| [" + service.module() + "](" + service.module() + "/README.md) |"));
            if (service.isPlanned()) {
                assertThat(toCome).as("README.md's 'Services still to come'").contains(service.module());
                assertThat(row).as("README.md lists planned %s as a module", service.module()).isFalse();
            } else {
                assertThat(row).as("README.md's module table lists %s", service.module()).isTrue();
                assertThat(toCome).as("README.md's 'Services still to come'").doesNotContain(service.module());
            }
        }
    }

    @Test
    void eachServiceDefaultsToItsOwnPortAndManagementPort() throws IOException {
        for (PlatformService service : available()) {
            Path yml = ROOT.resolve(service.module()).resolve("src/main/resources/application.yml");
            List<Integer> defaults = matches(SERVER_PORT_DEFAULT, read(yml));
            assertThat(defaults).as("${SERVER_PORT:...} in %s", ROOT.relativize(yml)).containsOnly(service.port());
            assertThat(matches(MANAGEMENT_PORT_DEFAULT, read(yml))).as("${MANAGEMENT_SERVER_PORT:...} in %s",
                    ROOT.relativize(yml)).containsExactly(service.managementPort());

            Path readme = ROOT.resolve(service.module()).resolve("README.md");
            for (String line : lines(readme)) {
                assertThat(Stream.concat(matches(PORT_IN_PROSE, line).stream(), matches(SERVER_PORT_ROW, line).stream()))
                        .as("the port %s/README.md gives: %s", service.module(), line)
                        .isSubsetOf(service.port(), service.managementPort());
            }
        }
    }

    @Test
    void aServiceUrlVariableDefaultsToThatServicesPortWhereverItIsWritten() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String module : modules()) {
            files.add(ROOT.resolve(module).resolve("README.md"));
            Path resources = ROOT.resolve(module).resolve("src/main/resources");
            if (Files.isDirectory(resources)) {
                try (Stream<Path> found = Files.list(resources)) {
                    found.filter(path -> path.getFileName().toString().matches("application.*\\.ya?ml"))
                            .forEach(files::add);
                }
            }
        }
        int checked = 0;
        for (Path file : files.stream().filter(Files::isRegularFile).toList()) {
            for (String line : lines(file)) {
                Set<Integer> named = matches(SERVICE_VARIABLE, line, 1).stream()
                        .map(name -> ServiceCatalogue.named(name.toLowerCase(java.util.Locale.ROOT)))
                        .flatMap(java.util.Optional::stream).map(PlatformService::port).collect(Collectors.toSet());
                List<Integer> ports = matches(LOCAL_PORT, line);
                if (!named.isEmpty() && !ports.isEmpty()) {
                    checked++;
                    assertThat(named).as("%s: %s", ROOT.relativize(file), line.trim()).containsAll(ports);
                }
            }
        }
        assertThat(checked).as("lines naming a service's variable and a localhost URL").isGreaterThan(5);
    }

    private static String row(String service, List<String> paths, int port, String variable) {
        return service + " " + paths + " :" + port + " " + variable;
    }

    private static List<PlatformService> available() {
        return ServiceCatalogue.all().stream().filter(service -> !service.isPlanned()).toList();
    }

    /** The root pom's modules. */
    private static List<String> modules() throws IOException {
        return matches(Pattern.compile("<module>([^<]+)</module>"), read(ROOT.resolve("pom.xml")), 1);
    }

    private static List<Integer> matches(Pattern pattern, String text) {
        return matches(pattern, text, 1).stream().map(Integer::parseInt).toList();
    }

    private static List<String> matches(Pattern pattern, String text, int group) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(group));
        }
        return found;
    }

    private static List<String> lines(Path file) throws IOException {
        return Arrays.asList(read(file).split("\n"));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
