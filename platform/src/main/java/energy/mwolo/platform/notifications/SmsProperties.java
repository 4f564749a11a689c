package energy.mwolo.platform.notifications;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mwolo.sms.*}: the gateway's base URL ({@code MWOLO_SMS_BASE_URL}; without it no {@link SmsSender} exists)
 * and how long a send may take.
 */
@ConfigurationProperties("mwolo.sms")
public record SmsProperties(URI baseUrl, Duration connectTimeout, Duration timeout) {

    public SmsProperties {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }
}
