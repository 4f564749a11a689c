package energy.mwolo.platformtest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = ContextProbe.class,
        properties = {"mwolo.test.service=billing-service", "mwolo.security.audience=another-audience"})
class ServiceOverrideIT {

    @Autowired
    private Environment env;

    @Test
    void theTestServicePropertyNamesTheDatabaseInsteadOfTheApplicationName() {
        assertThat(env.getProperty("spring.datasource.url")).endsWith("/mwolo_billing");
        assertThat(env.getProperty("spring.datasource.username")).isEqualTo("mwolo_billing");
        assertThat(env.getProperty("mwolo.kafka.username")).as("billing's user of the Kafka ACL table")
                .isEqualTo("billing");
    }

    @Test
    void propertiesDeclaredByTheTestItselfWin() {
        assertThat(env.getProperty("mwolo.security.audience")).isEqualTo("another-audience");
        assertThat(env.getProperty("mwolo.security.issuers[0].issuer")).isEqualTo(TestTokens.ISSUER);
    }
}
