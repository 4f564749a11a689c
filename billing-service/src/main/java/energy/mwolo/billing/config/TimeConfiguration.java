package energy.mwolo.billing.config;

import energy.mwolo.billing.kernel.BusinessTime;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TimeConfiguration.class);

    /**
     * Africa/Kinshasa days; a test context may declare its own to fix "today". {@code mwolo.billing.clock-offset}
     * moves billing's clock (a test or training environment reaching due dates and reminders without waiting);
     * never in production: every date billing writes would be off by as much.
     */
    @Bean
    @ConditionalOnMissingBean
    BusinessTime businessTime(@Value("${mwolo.billing.clock-offset:PT0S}") Duration offset) {
        if (offset.isZero()) {
            return BusinessTime.system();
        }
        log.warn("Billing's clock is moved by {} (mwolo.billing.clock-offset): for test and training environments "
                + "only, every business date and instant billing records is shifted", offset);
        return new BusinessTime(Clock.offset(Clock.system(BusinessTime.ZONE), offset));
    }
}
