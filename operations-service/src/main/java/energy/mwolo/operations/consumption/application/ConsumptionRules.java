package energy.mwolo.operations.consumption.application;

import energy.mwolo.operations.consumption.model.ConsumptionCalculator;
import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The register's capacity is the readings' one ({@code mwolo.readings.register-capacity-kwh}). */
@Configuration(proxyBeanMethods = false)
class ConsumptionRules {

    @Bean
    ConsumptionCalculator consumptionCalculator(
            @Value("${mwolo.readings.register-capacity-kwh:1000000}") BigDecimal capacity) {
        return new ConsumptionCalculator(capacity);
    }
}
