package energy.mwolo.platform.notifications;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The HTTP adapter of {@link SmsSender} once {@code mwolo.sms.base-url} is set, unless a service brings its own. */
@AutoConfiguration
@EnableConfigurationProperties(SmsProperties.class)
public class NotificationsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(SmsSender.class)
    @ConditionalOnProperty(prefix = "mwolo.sms", name = "base-url")
    SmsSender httpSmsSender(SmsProperties properties) {
        return new HttpSmsSender(properties);
    }
}
