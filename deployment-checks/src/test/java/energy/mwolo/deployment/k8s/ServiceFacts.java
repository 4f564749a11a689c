package energy.mwolo.deployment.k8s;

import energy.mwolo.contracts.services.DatabaseKind;
import energy.mwolo.contracts.services.KafkaAccess;
import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.deployment.observability.Repository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * What a service's deployment needs, read from its module rather than listed by hand: whether it keeps files, sends
 * mail, relays an outbox, which services it calls and whether it calls out of the cluster. A new service gets its
 * manifests from these facts and its catalogue entry.
 *
 * @param service     the catalogue entry
 * @param storesFiles it uses the platform's file storage (a volume at {@link #FILES})
 * @param sendsMail   its settings name an SMTP server
 * @param hasOutbox   it publishes events through the outbox (unless {@code mwolo.outbox.enabled: false})
 * @param peers       the services it calls, each with the variable that points at it ({@code MWOLO_GEO_BASE_URL})
 * @param callsOut    it calls servers outside the cluster over HTTPS (a {@code *_BASE_URL} with no default)
 * @param unsetByDefault the variables its settings read with an empty default ({@code ${MWOLO_HR_BADGE_SIGNING_KEY:}}):
 *                    keys, credentials, providers' addresses, which each installation gives or leaves unset
 */
public record ServiceFacts(PlatformService service, boolean storesFiles, boolean sendsMail, boolean hasOutbox,
                           Map<String, PlatformService> peers, boolean callsOut, List<String> unsetByDefault) {

    /** Where a service that keeps files keeps them. */
    public static final String FILES = "/var/lib/mwolo/files";

    private static final Pattern URL_VARIABLE = Pattern.compile(
            "\\$\\{([A-Z][A-Z0-9_]*(?:_BASE_URL|_JWKS_URI)):([^}]*)}");
    private static final Pattern EMPTY_DEFAULT = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):}");
    private static final Pattern LOCAL_PORT = Pattern.compile("http://localhost:(\\d+)(/.*)?");

    public static List<ServiceFacts> all() {
        return ServiceCatalogue.all().stream().map(ServiceFacts::of).toList();
    }

    static ServiceFacts of(PlatformService service) {
        String settings = Repository.read(service.module() + "/src/main/resources/application.yml");
        Map<String, PlatformService> peers = new LinkedHashMap<>();
        boolean callsOut = false;
        Matcher variable = URL_VARIABLE.matcher(settings);
        while (variable.find()) {
            Matcher local = LOCAL_PORT.matcher(variable.group(2));
            if (local.matches()) {
                peers.put(variable.group(1), byPort(Integer.parseInt(local.group(1))));
            } else if (variable.group(2).isEmpty()) {
                callsOut = true;
            }
        }
        if (service == ServiceCatalogue.GATEWAY) {
            ServiceCatalogue.routed().forEach(routed -> peers.put(routed.urlVariable(), routed));
        }
        JsonNode outbox = Repository.YAML.readTree(settings).path("mwolo").path("outbox").path("enabled");
        return new ServiceFacts(service, importsStorage(service.module()), settings.contains("${SPRING_MAIL_HOST"),
                service.database() != DatabaseKind.NONE && (!outbox.isBoolean() || outbox.asBoolean()),
                Map.copyOf(peers), callsOut,
                EMPTY_DEFAULT.matcher(settings).results().map(found -> found.group(1)).distinct().sorted().toList());
    }

    /** Its Kafka user's name, if it uses Kafka. */
    public Optional<String> kafkaUser() {
        return KafkaUsers.find(service).map(KafkaAccess::user);
    }

    /** Its database, {@code mwolo_<name>}. */
    public String database() {
        return "mwolo_" + service.name();
    }

    /** The role it runs as: the owner, or for an append-only database the second role that may only read and add. */
    public String runtimeRole() {
        return service.database() == DatabaseKind.APPEND_ONLY ? database() + "_app" : database();
    }

    /** The Secret CloudNativePG keeps a role's password in. */
    static String passwordSecret(String role) {
        return role.replace('_', '-');
    }

    private static PlatformService byPort(int port) {
        return ServiceCatalogue.all().stream().filter(service -> service.port() == port).findFirst()
                .orElseThrow(() -> new IllegalStateException("No service of the catalogue listens on " + port));
    }

    private static boolean importsStorage(String module) {
        try (Stream<Path> sources = Files.walk(Repository.path(module + "/src/main/java"))) {
            return sources.filter(file -> file.toString().endsWith(".java")).anyMatch(file -> {
                try {
                    return Files.readString(file).contains("import energy.mwolo.platform.storage.");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
