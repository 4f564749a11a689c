package energy.mwolo.identity.secrets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The at-rest key comes from {@code mwolo.identity.keys.encryption-key}; the service does not start without it. */
@Configuration(proxyBeanMethods = false)
class AtRestConfiguration {

    @Bean
    AtRestCipher atRestCipher(@Value("${mwolo.identity.keys.encryption-key:}") String encryptionKey) {
        return new AtRestCipher(encryptionKey);
    }
}
