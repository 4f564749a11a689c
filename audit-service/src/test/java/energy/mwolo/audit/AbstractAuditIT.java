package energy.mwolo.audit;

import energy.mwolo.embedded.SharedPostgres;
import energy.mwolo.embedded.SharedPostgres.ServiceDatabase;
import energy.mwolo.embedded.StackShutdown;
import energy.mwolo.platformtest.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context every integration test shares: the service on a random port, the JVM's shared PostgreSQL
 * and Kafka broker (platform-test), migrations as the owner {@code mwolo_audit}, the service itself as the runtime
 * role {@code mwolo_audit_app}, checkpoints in a temporary directory. Subclasses add nothing to the configuration,
 * so Spring starts the service once for all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mwolo.audit.consumer.metadata-max-age=3s",
        "mwolo.audit.checkpoints.every-events=25",
        "mwolo.audit.checkpoints.every=2s",
        "mwolo.audit.checkpoints.poll-interval=500ms",
        "mwolo.audit.limits.payload-bytes=4096",
        // As in the dev profile: a signing key generated into the temporary storage.
        "mwolo.audit.signing.generate-when-missing=true"})
public abstract class AbstractAuditIT {

    private static final Path STORAGE = temporaryStorage();

    @LocalServerPort
    private int port;

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    protected Api api;

    @DynamicPropertySource
    static void ownerMigratesRuntimeRoleRuns(DynamicPropertyRegistry registry) {
        SharedPostgres postgres = SharedPostgres.start();
        ServiceDatabase owner = postgres.ensureServiceDatabase("audit");
        ServiceDatabase runtime = postgres.ensureRuntimeRole("audit");
        registry.add("spring.datasource.username", runtime::username);
        registry.add("spring.datasource.password", runtime::password);
        registry.add("spring.flyway.user", owner::username);
        registry.add("spring.flyway.password", owner::password);
        registry.add("mwolo.storage.filesystem.root", STORAGE::toString);
    }

    @BeforeEach
    void connectToTheService() {
        // English messages; any content type, since the log is also exported as CSV.
        api = new Api("http://localhost:" + port).heldToItsDocument().withHeader("Accept-Language", "en")
                .withHeader("Accept", "*/*");
    }

    protected String bootstrapServers() {
        return bootstrapServers;
    }

    private static Path temporaryStorage() {
        try {
            Path root = Files.createTempDirectory("mwolo-audit-storage-");
            StackShutdown.register("audit storage " + root, () -> {
                try (Stream<Path> paths = Files.walk(root)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            });
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
