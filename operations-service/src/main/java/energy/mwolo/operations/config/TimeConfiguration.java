package energy.mwolo.operations.config;

import energy.mwolo.operations.kernel.BusinessTime;
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
     * The clock the collection loop reads "now" from; a test context may declare its own. {@code
     * mwolo.operations.clock-offset} moves it (a test or training environment placing "now" at 10:00 on a working
     * day, 16:30 or a Sunday without waiting); never in production: cuts would follow the wrong hours.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock operationsClock(@Value("${mwolo.operations.clock-offset:PT0S}") Duration offset) {
        if (offset.isZero()) {
            return Clock.system(BusinessTime.ZONE);
        }
        log.warn("Operations' clock is moved by {} (mwolo.operations.clock-offset): for test and training "
                + "environments only, cut windows and decisions follow the moved time", offset);
        return Clock.offset(Clock.system(BusinessTime.ZONE), offset);
    }
}
