package energy.mwolo.platform.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Which token issuers a service trusts and which requests need no token.
 *
 * @param audience    the {@code aud} every access token must carry
 * @param issuers     trusted issuers, each with its keys (a JWKS URL, or a JWKS document for tests and offline use)
 * @param externalIssuer one more trusted issuer, an external identity provider such as Keycloak, added after
 *                    {@code issuers} and never the identity issuer: set by environment variables
 *                    ({@code MWOLO_SECURITY_EXTERNALISSUER_ISSUER}, {@code _JWKSETURI}, {@code _AUDIENCE},
 *                    {@code _ROLESCLAIM}, {@code _PERMISSIONSCLAIM}), which cannot add an element to a list
 *                    without restating it; ignored while its {@code issuer} is blank
 * @param publicPaths requests served without a token, as {@code "METHOD /pattern"} or {@code "/pattern"}
 * @param apiDocsOpen whether the OpenAPI document is served to anyone (true in the dev profile) or to staff only
 */
@ConfigurationProperties("mwolo.security")
public record SecurityProperties(String audience, List<Issuer> issuers, Issuer externalIssuer,
        List<String> publicPaths, boolean apiDocsOpen) {

    public SecurityProperties {
        audience = audience == null || audience.isBlank() ? "mwolo-platform" : audience;
        List<Issuer> trusted = new ArrayList<>(issuers == null ? List.of() : issuers);
        if (externalIssuer != null && externalIssuer.issuer() != null && !externalIssuer.issuer().isBlank()) {
            trusted.add(new Issuer(externalIssuer.issuer(), externalIssuer.jwkSetUri(),
                    externalIssuer.jwkSetLocation(), externalIssuer.audience(), externalIssuer.rolesClaim(),
                    externalIssuer.permissionsClaim(), false));
        }
        issuers = List.copyOf(trusted);
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }

    /**
     * @param issuer           the exact {@code iss} value
     * @param jwkSetUri        where the issuer publishes its keys
     * @param jwkSetLocation   a JWKS document instead of a URL
     * @param audience         overrides the platform audience for this issuer (an external IdP's client id)
     * @param rolesClaim       dotted path of the roles list ({@code roles}; Keycloak: {@code realm_access.roles})
     * @param permissionsClaim dotted path of the permissions list
     * @param identity         true for identity-service only: the one issuer whose {@code agency_id},
     *                         {@code client_id} and {@code employee_id} claims tie a user to records. Any other
     *                         issuer's are ignored (Keycloak's {@code client_id} names the OAuth client, and an
     *                         external provider's administrators must not be able to tie a user to a customer)
     */
    public record Issuer(String issuer, String jwkSetUri, Resource jwkSetLocation, String audience, String rolesClaim,
            String permissionsClaim, boolean identity) {

        public Issuer {
            audience = audience == null || audience.isBlank() ? null : audience;
            rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
            permissionsClaim = permissionsClaim == null || permissionsClaim.isBlank() ? "perms" : permissionsClaim;
        }
    }
}
