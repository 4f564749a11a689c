package energy.mwolo.platformtest;

import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.embedded.KafkaCredentials;
import energy.mwolo.embedded.SharedKafka;
import energy.mwolo.embedded.SharedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The service name comes from application.yml only (src/test/resources): proves it is read before the customizer. */
@SpringBootTest(classes = ContextProbe.class)
class PlatformTestContextCustomizerIT {

    @Autowired
    private ConfigurableApplicationContext context;

    @Test
    void pointsTheDatasourceAtTheServicesOwnDatabaseNamedInApplicationYml() throws Exception {
        Environment env = context.getEnvironment();
        assertThat(env.getProperty("spring.application.name")).isEqualTo("probe-service");
        assertThat(env.getProperty("spring.datasource.url")).isEqualTo(SharedPostgres.start().jdbcUrl("mwolo_probe"));
        assertThat(env.getProperty("spring.datasource.username")).isEqualTo("mwolo_probe");
        try (Connection connection = DriverManager.getConnection(env.getProperty("spring.datasource.url"),
                env.getProperty("spring.datasource.username"), env.getProperty("spring.datasource.password"));
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_database()")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("mwolo_probe");
        }
    }

    @Test
    void pointsKafkaSecurityAndTheOutboxRelayAtTheSharedTestInfrastructure() throws Exception {
        Environment env = context.getEnvironment();
        SharedKafka kafka = SharedKafka.start();
        assertThat(env.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(kafka.bootstrapServers());
        // probe-service is no service of the catalogue: a user of its own, created on the fly.
        KafkaCredentials probe = kafka.credentials(KafkaUsers.forService("probe", "probe-service", List.of(),
                List.of()));
        assertThat(env.getProperty("mwolo.kafka.username")).isEqualTo("probe");
        assertThat(env.getProperty("mwolo.kafka.password")).isEqualTo(probe.password());
        assertThat(env.getProperty("mwolo.security.issuers[0].issuer")).isEqualTo(TestTokens.ISSUER);
        assertThat(env.getProperty("mwolo.security.issuers[0].identity")).isEqualTo("true");
        assertThat(env.getProperty("mwolo.security.issuers[1].issuer")).isEqualTo(TestTokens.EXTERNAL_ISSUER);
        assertThat(env.getProperty("mwolo.security.issuers[1].identity")).isNull();
        assertThat(env.getProperty("mwolo.security.audience")).isEqualTo(TestTokens.AUDIENCE);
        assertThat(env.getProperty("mwolo.web.trusted-proxies")).isEqualTo("127.0.0.1/32,::1/128");
        String jwks = env.getProperty("mwolo.security.issuers[0].jwk-set-location");
        assertThat(jwks).startsWith("file:");
        assertThat(Files.readString(Path.of(URI.create(jwks)))).isEqualTo(TestTokens.jwksJson());
        assertThat(Path.of(env.getProperty("mwolo.outbox.relay.offset-dir"))).isEmptyDirectory();
    }

    @Test
    void itsPropertiesOutrankEnvironmentVariablesAndSystemProperties() {
        ConfigurableEnvironment env = context.getEnvironment();
        List<String> names = env.getPropertySources().stream().map(PropertySource::getName).toList();
        int ours = names.indexOf(PlatformTestContextCustomizerFactory.PROPERTY_SOURCE_NAME);
        assertThat(ours).isNotNegative()
                .isLessThan(names.indexOf(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME))
                .isLessThan(names.indexOf(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME));
        assertThat(names.subList(0, ours)).allMatch(name -> name.equals("configurationProperties")
                || name.contains("Test Properties"));
    }

    @Test
    void sharesOneContextWithEveryTestClassOfTheSameConfiguration() {
        ContextProbe.DEFAULT_CONTEXTS.add(context);
        assertThat(ContextProbe.DEFAULT_CONTEXTS).hasSize(1);
    }
}
