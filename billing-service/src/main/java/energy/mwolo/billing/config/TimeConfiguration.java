package energy.mwolo.billing.config;

import energy.mwolo.billing.kernel.BusinessTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** Africa/Kinshasa days; a test context may declare its own to fix "today". */
    @Bean
    @ConditionalOnMissingBean
    BusinessTime businessTime() {
        return BusinessTime.system();
    }
}
