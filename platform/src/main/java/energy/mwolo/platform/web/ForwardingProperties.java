package energy.mwolo.platform.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whose forwarded headers a service believes.
 *
 * @param trustedProxies address blocks ({@code 10.0.0.0/8}, {@code ::1/128}, or a bare address) of the proxies in
 *                       front of the service, i.e. the gateway; {@code MWOLO_TRUSTED_PROXIES}. None outside the
 *                       dev profile unless configured; loopback in it
 */
@ConfigurationProperties("mwolo.web")
public record ForwardingProperties(List<String> trustedProxies) {

    public ForwardingProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }
}
