package energy.mwolo.identity;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityApplication.class, args);
    }

    /** Every rule that depends on time (lockouts, token lifetimes, key rotation) reads this clock. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
