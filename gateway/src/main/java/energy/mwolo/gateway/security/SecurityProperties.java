package energy.mwolo.gateway.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Which token issuers the gateway trusts; the same property names as the services' ({@code platform}), so one
 * setting (and platform-test's test issuer) serves both.
 *
 * @param audience        the {@code aud} every access token must carry, unless its issuer says otherwise
 * @param issuers         trusted issuers, each with its keys (a JWKS URL, or a JWKS document)
 * @param externalIssuer  one more trusted issuer (Keycloak, say), added after {@code issuers}, as the services take
 *                        it ({@code platform}'s {@code SecurityProperties}): environment variables
 *                        {@code MWOLO_SECURITY_EXTERNALISSUER_*}; ignored while its {@code issuer} is blank
 * @param clockSkew       tolerance on {@code exp} and {@code nbf}
 * @param tokenCacheSize  verified tokens remembered (by SHA-256) until they expire
 * @param keysMaxAge      how long fetched keys are used before they are fetched again
 * @param keysMinRefresh  the shortest interval between two fetches of an issuer's keys: an unknown {@code kid}
 *                        cannot make the gateway hammer the issuer
 * @param apiDocsOpen     whether the Swagger UI and the OpenAPI documents are served to anyone (the dev profile);
 *                        otherwise to staff only (any role but CLIENT)
 */
@ConfigurationProperties("mwolo.security")
public record SecurityProperties(String audience, List<Issuer> issuers, Issuer externalIssuer, Duration clockSkew,
        long tokenCacheSize, Duration keysMaxAge, Duration keysMinRefresh, boolean apiDocsOpen) {

    public SecurityProperties {
        audience = audience == null || audience.isBlank() ? "mwolo-platform" : audience;
        List<Issuer> trusted = new ArrayList<>(issuers == null ? List.of() : issuers);
        if (externalIssuer != null && externalIssuer.issuer() != null && !externalIssuer.issuer().isBlank()) {
            trusted.add(externalIssuer);
        }
        issuers = List.copyOf(trusted);
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
        tokenCacheSize = tokenCacheSize <= 0 ? 100_000 : tokenCacheSize;
        keysMaxAge = keysMaxAge == null ? Duration.ofMinutes(10) : keysMaxAge;
        keysMinRefresh = keysMinRefresh == null ? Duration.ofSeconds(30) : keysMinRefresh;
    }

    /**
     * @param issuer           the exact {@code iss} value
     * @param jwkSetUri        where the issuer publishes its keys
     * @param jwkSetLocation   a JWKS document instead of a URL (tests, offline use)
     * @param audience         overrides the platform audience for this issuer (an external IdP's client id)
     * @param rolesClaim       dotted path of the roles list ({@code roles}; Keycloak: {@code realm_access.roles})
     * @param permissionsClaim dotted path of the permissions list
     */
    public record Issuer(String issuer, String jwkSetUri, Resource jwkSetLocation, String audience, String rolesClaim,
            String permissionsClaim) {

        public Issuer {
            audience = audience == null || audience.isBlank() ? null : audience;
            rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
            permissionsClaim = permissionsClaim == null || permissionsClaim.isBlank() ? "perms" : permissionsClaim;
        }
    }
}
