package energy.mwolo.platformtest;

import energy.mwolo.contracts.services.KafkaAccess;
import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.embedded.KafkaCredentials;
import energy.mwolo.embedded.SharedKafka;
import energy.mwolo.embedded.SharedPostgres;
import energy.mwolo.embedded.StackShutdown;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Points every Spring test context on the classpath at this JVM's {@link SharedPostgres} and {@link SharedKafka}
 * and at {@link TestTokens}' issuer. Registered in {@code META-INF/spring.factories}.
 *
 * <p>The service is named by property {@code mwolo.test.service}, else by {@code spring.application.name}
 * ({@code geo-service} gives database and role {@code mwolo_geo}). The properties it adds rank above every other
 * source except those a test declares itself ({@code @TestPropertySource}, {@code @SpringBootTest(properties)},
 * {@code @DynamicPropertySource}).
 *
 * <p>The context signs in to Kafka as the service's own user of the ACL table ({@code mwolo.kafka.username} and
 * {@code .password}), created on the fly with its ACLs ({@link SharedKafka#credentials(KafkaAccess)}); its listeners
 * must consume only what the table grants it ({@link KafkaListenerAccess}). A service outside the catalogue (a
 * test's stand-in) gets a user of its own, granted what its listeners consume; so does a service's context that sets
 * {@value #GRANT_LISTENERS_PROPERTY}.
 */
public final class PlatformTestContextCustomizerFactory implements ContextCustomizerFactory {

    /** The name of the property source this adds to each test context's environment. */
    public static final String PROPERTY_SOURCE_NAME = "mwoloPlatformTest";

    private static final Map<String, Path> OFFSET_DIRS = new ConcurrentHashMap<>();
    /** The trusted proxies of every test context: the loopback addresses a test's calls come from. */
    public static final String TRUSTED_PROXIES = "127.0.0.1/32,::1/128";
    /** Names the service when {@code spring.application.name} does not, or differs. */
    public static final String SERVICE_PROPERTY = "mwolo.test.service";
    /**
     * {@code true} in a test context that runs consumers its service does not run in production (geo's tests run the
     * platform's read models of geo's own events): its user is granted what its listeners consume, as a stand-in's.
     */
    public static final String GRANT_LISTENERS_PROPERTY = "mwolo.test.kafka.grant-listeners";

    /** Sources kept above ours: those the test declares, and Boot's view over all sources ("configurationProperties"). */
    private static final Set<String> SOURCES_KEPT_ABOVE = Set.of(
            TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, "Dynamic Test Properties",
            "configurationProperties");

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return new PlatformTestContextCustomizer();
    }

    /** Stateless: all instances are equal, so Spring's context cache shares one context across test classes. */
    static final class PlatformTestContextCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            ConfigurableEnvironment environment = context.getEnvironment();
            String service = environment.getProperty(SERVICE_PROPERTY, environment.getProperty("spring.application.name"));
            if (service == null || service.isBlank()) {
                throw new IllegalStateException("platform-test cannot tell which service this test context is for: set "
                        + "spring.application.name in application.yml or " + SERVICE_PROPERTY + " in the test ("
                        + config.getTestClass().getName() + ")");
            }
            SharedPostgres postgres = SharedPostgres.start();
            SharedKafka kafka = SharedKafka.start();
            SharedPostgres.ServiceDatabase database = postgres.ensureServiceDatabase(service);

            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("spring.datasource.url", database.jdbcUrl());
            properties.put("spring.datasource.username", database.username());
            properties.put("spring.datasource.password", database.password());
            properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
            kafkaUser(service).ifPresent(row -> {
                KafkaCredentials user = kafka.credentials(row);
                properties.put("mwolo.kafka.username", user.username());
                properties.put("mwolo.kafka.password", user.password());
                boolean standIn = ServiceCatalogue.named(row.user()).isEmpty()
                        || environment.getProperty(GRANT_LISTENERS_PROPERTY, Boolean.class, false);
                context.getBeanFactory().registerSingleton("mwoloKafkaListenerAccess", new KafkaListenerAccess(
                        context.getBeanFactory().getBeanProvider(KafkaListenerEndpointRegistry.class), kafka, row,
                        standIn));
            });
            properties.put("mwolo.outbox.relay.offset-dir", offsetDir(service).toString());
            properties.put("mwolo.security.issuers[0].issuer", TestTokens.ISSUER);
            properties.put("mwolo.security.issuers[0].jwk-set-location", jwksFileUrl());
            properties.put("mwolo.security.issuers[0].identity", "true");
            properties.put("mwolo.security.issuers[1].issuer", TestTokens.EXTERNAL_ISSUER);
            properties.put("mwolo.security.issuers[1].jwk-set-location", jwksFileUrl());
            properties.put("mwolo.security.audience", TestTokens.AUDIENCE);
            // Tests call the service on loopback, as the gateway does: Api.from(ip) names the client behind it.
            properties.put("mwolo.web.trusted-proxies", TRUSTED_PROXIES);
            addBelowTestDeclaredSources(environment.getPropertySources(),
                    new MapPropertySource(PROPERTY_SOURCE_NAME, properties));

            // Close the context before the shared broker and database stop at JVM exit.
            WeakReference<ConfigurableApplicationContext> reference = new WeakReference<>(context);
            StackShutdown.register("test context " + context.getId(), () -> {
                ConfigurableApplicationContext open = reference.get();
                if (open != null && open.isActive()) {
                    open.close();
                }
            });
        }

        /** The service's row of the ACL table; a stand-in's own for a service outside the catalogue; none for the gateway. */
        private static Optional<KafkaAccess> kafkaUser(String service) {
            String name = service.endsWith("-service") ? service.substring(0, service.length() - "-service".length())
                    : service;
            return ServiceCatalogue.named(name)
                    .map(KafkaUsers::find)
                    .orElseGet(() -> Optional.of(KafkaUsers.forService(name, service, List.of(), List.of())));
        }

        private static void addBelowTestDeclaredSources(MutablePropertySources sources, PropertySource<?> source) {
            String above = null;
            for (PropertySource<?> existing : sources) {
                if (!SOURCES_KEPT_ABOVE.contains(existing.getName())) {
                    break;
                }
                above = existing.getName();
            }
            if (above == null) {
                sources.addFirst(source);
            } else {
                sources.addAfter(above, source);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }

        @Override
        public String toString() {
            return "PlatformTestContextCustomizer";
        }
    }

    private static String jwksFileUrl() {
        synchronized (PlatformTestContextCustomizerFactory.class) {
            if (jwksUrl == null) {
                Path file = tempDir("mwolo-jwks-").resolve("jwks.json");
                try {
                    Files.writeString(file, TestTokens.jwksJson(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                file.getParent().toFile().deleteOnExit();
                file.toFile().deleteOnExit();
                jwksUrl = file.toUri().toString();
            }
            return jwksUrl;
        }
    }

    private static String jwksUrl;

    /**
     * One offset directory per service for the JVM: every test context of a service relays from the same database's
     * replication slot, so a context resumed after another one ran (Spring pauses the contexts it does not use) must
     * read the offsets the other one reached, or Debezium finds its own stale offset gone from the slot and the
     * relay stops for good.
     */
    private static Path offsetDir(String service) {
        return OFFSET_DIRS.computeIfAbsent(service, name -> {
            Path dir = tempDir("mwolo-offsets-" + name + "-");
            StackShutdown.register("offset directory " + dir, () -> deleteRecursively(dir));
            return dir;
        });
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
