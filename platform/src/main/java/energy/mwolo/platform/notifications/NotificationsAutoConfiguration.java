package energy.mwolo.platform.notifications;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The HTTP adapter of {@link SmsSender} once {@code mwolo.sms.base-url} is set, and the SMTP adapter of
 * {@link EmailSender} in a service that has a mail server ({@code spring-boot-starter-mail} and {@code spring.mail.host}),
 * unless a service brings its own.
 */
@AutoConfiguration(afterName = "org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration")
@EnableConfigurationProperties(SmsProperties.class)
public class NotificationsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(SmsSender.class)
    @ConditionalOnProperty(prefix = "mwolo.sms", name = "base-url")
    SmsSender httpSmsSender(SmsProperties properties) {
        return new HttpSmsSender(properties);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JavaMailSender.class)
    static class Mail {

        @Bean
        @ConditionalOnBean(JavaMailSender.class)
        @ConditionalOnMissingBean(EmailSender.class)
        EmailSender smtpEmailSender(JavaMailSender sender,
                @Value("${mwolo.mail.from:Mwolo Energy <noreply@mwolo.energy>}") String from) {
            return new SmtpEmailSender(sender, from);
        }
    }
}
