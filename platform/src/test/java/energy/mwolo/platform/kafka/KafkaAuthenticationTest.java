package energy.mwolo.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.security.JaasContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.mock.env.MockEnvironment;

class KafkaAuthenticationTest {

    @Test
    void everyClientSignsInWithTheUserAndPasswordFromTheEnvironment() {
        KafkaProperties kafka = signedIn(service().withProperty("mwolo.kafka.username", "crm")
                .withProperty("mwolo.kafka.password", "s3cret"));

        assertThat(kafka.buildProducerProperties()).containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512");
        assertThat(kafka.buildConsumerProperties()).containsEntry("security.protocol", "SASL_PLAINTEXT");
        assertThat(kafka.buildAdminProperties()).containsKey("sasl.jaas.config");
        assertThat(options(kafka)).containsEntry("username", "crm").containsEntry("password", "s3cret");
    }

    @Test
    void productionSetsSaslSsl() {
        KafkaProperties kafka = signedIn(service().withProperty("mwolo.kafka.username", "crm")
                .withProperty("mwolo.kafka.password", "s3cret")
                .withProperty("mwolo.kafka.security-protocol", "SASL_SSL"));

        assertThat(kafka.buildProducerProperties()).containsEntry("security.protocol", "SASL_SSL");
        assertThat(kafka.getSecurity().getProtocol()).isEqualTo("SASL_SSL");
    }

    @Test
    void aPasswordWithQuotesAndBackslashesReachesKafkaIntact() {
        String password = "a\"b\\c d;e=f";
        KafkaProperties kafka = signedIn(service().withProperty("mwolo.kafka.username", "crm")
                .withProperty("mwolo.kafka.password", password));

        assertThat(options(kafka)).containsEntry("password", password);
    }

    @Test
    void outsideTheDevProfileAServiceWithoutCredentialsRefusesToStart() {
        assertThatIllegalStateException().isThrownBy(() -> signedIn(service()))
                .withMessageContaining("MWOLO_KAFKA_USERNAME").withMessageContaining("MWOLO_KAFKA_PASSWORD")
                .withMessageContaining("Only the dev profile has a default");
    }

    @Test
    void aUserWithoutPasswordIsRefused() {
        assertThatIllegalStateException()
                .isThrownBy(() -> signedIn(service().withProperty("mwolo.kafka.username", "crm")))
                .withMessageContaining("incomplete");
    }

    @Test
    void theDevProfileSignsInAsTheServicesDevUser() {
        MockEnvironment dev = service();
        dev.setActiveProfiles("dev");

        assertThat(options(signedIn(dev))).containsEntry("username", "crm").containsEntry("password", "mwolo-dev-crm");
    }

    @Test
    void aMechanismOtherThanScramMustBeConfiguredWholeBySpringKafkaProperties() {
        assertThatIllegalStateException().isThrownBy(() -> signedIn(service()
                        .withProperty("mwolo.kafka.username", "crm").withProperty("mwolo.kafka.password", "s3cret")
                        .withProperty("mwolo.kafka.sasl-mechanism", "PLAIN")))
                .withMessageContaining("spring.kafka.properties.sasl.jaas.config");
    }

    @Test
    void aJaasConfigTheServiceSetsItselfIsLeftAlone() {
        KafkaProperties kafka = new KafkaProperties();
        kafka.getProperties().put("sasl.jaas.config", "org.example.TheirLoginModule required;");

        new KafkaAuthentication(service()).postProcessAfterInitialization(kafka, "kafkaProperties");

        assertThat(kafka.getProperties()).containsOnly(
                Map.entry("sasl.jaas.config", "org.example.TheirLoginModule required;"));
    }

    private static MockEnvironment service() {
        return new MockEnvironment().withProperty("spring.application.name", "crm-service");
    }

    private static KafkaProperties signedIn(MockEnvironment environment) {
        KafkaProperties kafka = new KafkaProperties();
        new KafkaAuthentication(environment).postProcessAfterInitialization(kafka, "kafkaProperties");
        return kafka;
    }

    /** The options Kafka's own JAAS parser reads from the configured {@code sasl.jaas.config}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> options(KafkaProperties kafka) {
        String jaas = (String) kafka.buildProducerProperties().get("sasl.jaas.config");
        List<AppConfigurationEntry> entries = JaasContext.loadClientContext(
                Map.of("sasl.jaas.config", new Password(jaas))).configurationEntries();
        assertThat(entries).hasSize(1);
        return (Map<String, Object>) entries.get(0).getOptions();
    }
}
