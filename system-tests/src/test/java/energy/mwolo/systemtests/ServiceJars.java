package energy.mwolo.systemtests;

import energy.mwolo.contracts.services.PlatformService;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The services' executable jars, as Maven resolved this module's dependencies on them: the build puts their paths
 * in {@value #PROPERTY} (maven-dependency-plugin's {@code build-classpath}). Never a sibling module's directory.
 */
final class ServiceJars {

    static final String PROPERTY = "mwolo.service-jars";
    /** {@code identity-service-0.1.0-SNAPSHOT.jar}: the module, then the version. */
    private static final Pattern ARTIFACT_FILE = Pattern.compile("(.+?)-\\d[^/]*\\.jar");

    private final Map<String, Path> byModule;

    private ServiceJars(Map<String, Path> byModule) {
        this.byModule = byModule;
    }

    /** The jars this test JVM was given. */
    static ServiceJars fromBuild() {
        return parse(System.getProperty(PROPERTY, ""));
    }

    static ServiceJars parse(String classpath) {
        return new ServiceJars(Arrays.stream(classpath.split(Pattern.quote(File.pathSeparator)))
                .filter(entry -> !entry.isBlank())
                .map(Path::of)
                .filter(path -> module(path).isPresent())
                .collect(Collectors.toMap(path -> module(path).orElseThrow(), Function.identity(), (a, b) -> a)));
    }

    private static Optional<String> module(Path jar) {
        Matcher matcher = ARTIFACT_FILE.matcher(jar.getFileName().toString());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The service's jar; fails saying how to add it when this module does not depend on it. */
    Path of(PlatformService service) {
        Path jar = byModule.get(service.module());
        if (jar == null) {
            throw new IllegalStateException(service.module() + " is not among system-tests' dependencies (" + PROPERTY
                    + " holds " + byModule.keySet() + "): add energy.mwolo:" + service.module()
                    + " to system-tests/pom.xml, and run the tests through Maven (./mvnw verify)");
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(service.module() + "'s jar " + jar + " is not built: run ./mvnw verify "
                    + "(the reactor packages every service before system-tests)");
        }
        return jar;
    }
}
