package energy.mwolo.gateway.edge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Request hygiene at the edge.
 *
 * @param trustedProxies        CIDR blocks ({@code 10.0.0.0/8}) of proxies whose {@code X-Forwarded-For} is believed;
 *                              from any other peer the header is ignored and the connection's address is the client
 * @param maxBodySize           largest request body accepted (413 above it)
 * @param bodySizeOverrides     larger (or smaller) limits per path pattern, e.g. attachments
 * @param internalHeaders       request headers only the platform itself may set: removed from what clients send
 * @param internalHeaderPrefixes same, by name prefix (case-insensitive)
 * @param hsts                  {@code Strict-Transport-Security} value; blank sends none (plain-HTTP development)
 * @param referrerPolicy        {@code Referrer-Policy} value
 * @param contentSecurityPolicy {@code Content-Security-Policy} value; blank sends none
 */
@ConfigurationProperties("mwolo.gateway.edge")
public record EdgeProperties(List<String> trustedProxies, DataSize maxBodySize, Map<String, DataSize> bodySizeOverrides,
        List<String> internalHeaders, List<String> internalHeaderPrefixes, String hsts, String referrerPolicy,
        String contentSecurityPolicy) {

    public EdgeProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
        // Declaration order decides between overlapping patterns.
        bodySizeOverrides = bodySizeOverrides == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(bodySizeOverrides));
        internalHeaders = internalHeaders == null
                ? List.of("X-User-Id", "X-User-Roles", "X-User-Permissions", "X-Forwarded-User", "X-Auth-Request-User",
                        "X-Remote-User")
                : List.copyOf(internalHeaders);
        internalHeaderPrefixes = internalHeaderPrefixes == null ? List.of("X-Internal-") : List.copyOf(internalHeaderPrefixes);
        hsts = hsts == null ? "" : hsts.trim();
        referrerPolicy = referrerPolicy == null || referrerPolicy.isBlank() ? "no-referrer" : referrerPolicy.trim();
        contentSecurityPolicy = contentSecurityPolicy == null ? "" : contentSecurityPolicy.trim();
    }
}
