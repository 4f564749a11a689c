package energy.mwolo.platform.kafka;

import energy.mwolo.contracts.services.KafkaUsers;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Signs every Kafka client of the service in as its own user: the {@link KafkaProperties} every client is built
 * from (Boot's producers, consumers and admin, the outbox relay's producer, the dead-letter producer, a service's
 * own factories) get {@code security.protocol}, {@code sasl.mechanism} and {@code sasl.jaas.config} from
 * {@code mwolo.kafka.*}. Outside the {@code dev} profile the service refuses to start without a user and password;
 * in {@code dev} it defaults to its dev user ({@code crm} / {@link KafkaUsers#devPassword(String)}), which the
 * devstack creates. A service whose {@code spring.kafka.properties.sasl.jaas.config} is set is left as configured.
 */
final class KafkaAuthentication implements BeanPostProcessor {

    static final String PREFIX = "mwolo.kafka";
    private static final Logger log = LoggerFactory.getLogger(KafkaAuthentication.class);

    private final Environment environment;

    KafkaAuthentication(Environment environment) {
        this.environment = environment;
    }

    /**
     * @param username         the service's Kafka user ({@code MWOLO_KAFKA_USERNAME})
     * @param password         its password ({@code MWOLO_KAFKA_PASSWORD}), from a secret
     * @param securityProtocol {@code SASL_PLAINTEXT} on loopback (dev, tests), {@code SASL_SSL} in production
     * @param saslMechanism    {@code SCRAM-SHA-512} (or {@code SCRAM-SHA-256}); another mechanism is configured
     *                         with {@code spring.kafka.properties.sasl.*} instead
     */
    record Settings(String username, String password, String securityProtocol, String saslMechanism) {

        Settings {
            securityProtocol = blank(securityProtocol) ? "SASL_PLAINTEXT" : securityProtocol;
            saslMechanism = blank(saslMechanism) ? "SCRAM-SHA-512" : saslMechanism;
        }

        /** Binding errors would hide these messages: they are checked once bound. */
        Settings checked() {
            if (!securityProtocol.startsWith("SASL_")) {
                throw new IllegalStateException(PREFIX + ".security-protocol must be SASL_SSL or SASL_PLAINTEXT, not "
                        + securityProtocol);
            }
            if (!saslMechanism.startsWith("SCRAM-")) {
                throw new IllegalStateException(PREFIX + ".sasl-mechanism must be a SCRAM one, not " + saslMechanism
                        + ": set spring.kafka.properties.sasl.jaas.config for another mechanism");
            }
            return this;
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof KafkaProperties kafka) {
            apply(kafka);
        }
        return bean;
    }

    void apply(KafkaProperties kafka) {
        Map<String, String> common = kafka.getProperties();
        if (common.containsKey(SaslConfigs.SASL_JAAS_CONFIG)) {
            log.info("Kafka clients sign in as spring.kafka.properties.sasl.jaas.config says");
            return;
        }
        Settings settings = Binder.get(environment).bind(PREFIX, Settings.class)
                .orElseGet(() -> new Settings(null, null, null, null)).checked();
        String username = settings.username();
        String password = settings.password();
        if (blank(username) != blank(password)) {
            throw new IllegalStateException("Kafka credentials are incomplete: set both MWOLO_KAFKA_USERNAME and "
                    + "MWOLO_KAFKA_PASSWORD (" + PREFIX + ".username and .password)");
        }
        if (blank(username)) {
            if (!environment.acceptsProfiles(Profiles.of("dev"))) {
                throw new IllegalStateException("Kafka credentials are missing: set MWOLO_KAFKA_USERNAME and "
                        + "MWOLO_KAFKA_PASSWORD to this service's Kafka user (" + PREFIX + ".username and .password; "
                        + "see platform/README.md). Only the dev profile has a default.");
            }
            username = serviceName();
            password = KafkaUsers.devPassword(username);
            log.info("Kafka clients sign in as the dev user {} (dev profile)", username);
        }
        kafka.getSecurity().setProtocol(settings.securityProtocol());
        common.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, settings.securityProtocol());
        common.put(SaslConfigs.SASL_MECHANISM, settings.saslMechanism());
        common.put(SaslConfigs.SASL_JAAS_CONFIG, KafkaUsers.scramJaasConfig(username, password));
    }

    /** {@code crm} for {@code crm-service}: the service's user in the ACL table. */
    private String serviceName() {
        String application = environment.getRequiredProperty("spring.application.name");
        return application.endsWith("-service")
                ? application.substring(0, application.length() - "-service".length())
                : application;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
