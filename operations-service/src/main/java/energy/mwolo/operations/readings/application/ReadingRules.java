package energy.mwolo.operations.readings.application;

import energy.mwolo.operations.readings.model.ValidationRules;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The validation rules' figures are configuration (data), not code: {@code mwolo.readings.*}. */
@Configuration(proxyBeanMethods = false)
class ReadingRules {

    @Bean
    ValidationRules validationRules(@Value("${mwolo.readings.spike-factor:10}") BigDecimal spikeFactor,
                                    @Value("${mwolo.readings.future-tolerance:PT15M}") Duration futureTolerance,
                                    @Value("${mwolo.readings.register-capacity-kwh:1000000}") BigDecimal capacity) {
        return new ValidationRules(spikeFactor, futureTolerance, capacity);
    }
}
