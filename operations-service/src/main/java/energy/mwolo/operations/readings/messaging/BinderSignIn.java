package energy.mwolo.operations.readings.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

/**
 * Signs the Spring Cloud Stream binder's clients in as the service's Kafka user. The binder builds its clients in a
 * context of its own, from the environment, where the platform's sign-in (applied to the service's
 * {@code KafkaProperties}) does not reach; the same settings are handed to it as binder configuration before the
 * bindings start.
 */
@Component
class BinderSignIn implements InitializingBean {

    static final String SOURCE = "operations-binder-sign-in";
    private static final String PREFIX = "spring.cloud.stream.kafka.binder.configuration.";
    private static final List<String> KEYS = List.of(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG,
            SaslConfigs.SASL_MECHANISM, SaslConfigs.SASL_JAAS_CONFIG);

    private final KafkaProperties kafka;
    private final ConfigurableEnvironment environment;

    BinderSignIn(KafkaProperties kafka, ConfigurableEnvironment environment) {
        this.kafka = kafka;
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        Map<String, Object> settings = new HashMap<>();
        for (String key : KEYS) {
            String value = kafka.getProperties().get(key);
            if (value != null) {
                settings.put(PREFIX + key, value);
            }
        }
        if (!settings.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, settings));
        }
    }
}
