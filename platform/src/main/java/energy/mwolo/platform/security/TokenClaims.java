package energy.mwolo.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified token's claims into authorities ({@code ROLE_X} and {@code module:action}) and a CurrentUser.
 * The link claims ({@code agency_id}, {@code client_id}, {@code employee_id}) count only in tokens of the issuer
 * marked {@code identity}: another issuer's token authenticates a user with its roles and permissions, tied to no
 * record.
 */
public final class TokenClaims implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String ROLE_PREFIX = "ROLE_";

    private final String rolesClaim;
    private final String permissionsClaim;
    private final boolean linksTrusted;

    TokenClaims(String rolesClaim, String permissionsClaim, boolean linksTrusted) {
        this.rolesClaim = rolesClaim;
        this.permissionsClaim = permissionsClaim;
        this.linksTrusted = linksTrusted;
    }

    /** For identity-service, which verifies its own tokens: {@code roles}, {@code perms}, links believed. */
    public static TokenClaims ofIdentityService() {
        return new TokenClaims("roles", "perms", true);
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        strings(jwt.getClaims(), rolesClaim).forEach(r -> authorities.add(new SimpleGrantedAuthority(ROLE_PREFIX + r)));
        strings(jwt.getClaims(), permissionsClaim).forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
        return new VerifiedToken(jwt, authorities, linksTrusted);
    }

    /** The caller behind an authenticated token; links only from a {@link VerifiedToken} of identity-service. */
    static CurrentUser currentUser(JwtAuthenticationToken token) {
        boolean links = token instanceof VerifiedToken verified && verified.linksTrusted();
        return currentUser(token.getToken(), token.getAuthorities(), links);
    }

    static CurrentUser currentUser(Jwt jwt, Collection<? extends GrantedAuthority> authorities, boolean links) {
        Set<String> roles = new HashSet<>();
        Set<String> permissions = new HashSet<>();
        for (GrantedAuthority authority : authorities) {
            String name = authority.getAuthority();
            if (name == null) {
                continue;
            }
            if (name.startsWith(ROLE_PREFIX)) {
                roles.add(name.substring(ROLE_PREFIX.length()));
            } else if (name.contains(":")) {
                permissions.add(name);
            }
        }
        return new CurrentUser(subjectId(jwt.getSubject()), roles, permissions, link(jwt, "agency_id", links),
                link(jwt, "client_id", links), link(jwt, "employee_id", links));
    }

    private static UUID link(Jwt jwt, String claim, boolean trusted) {
        return trusted ? uuid(jwt.getClaimAsString(claim)) : null;
    }

    /** A token verified by the platform, remembering whether its issuer may tie the user to records. */
    static final class VerifiedToken extends JwtAuthenticationToken {

        private final boolean linksTrusted;

        VerifiedToken(Jwt jwt, Collection<? extends GrantedAuthority> authorities, boolean linksTrusted) {
            super(jwt, authorities, jwt.getSubject());
            this.linksTrusted = linksTrusted;
        }

        boolean linksTrusted() {
            return linksTrusted;
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other) && other instanceof VerifiedToken token && token.linksTrusted == linksTrusted;
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + Boolean.hashCode(linksTrusted);
        }
    }

    /** Reads a list claim by dotted path, so Keycloak's {@code realm_access.roles} works like our {@code roles}. */
    static List<String> strings(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return List.of();
            }
            value = map.get(part);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        if (value instanceof String single && !single.isBlank()) {
            return List.of(single.trim().split("\\s+"));
        }
        return List.of();
    }

    /** Our issuer's subjects are UUIDs; another issuer's opaque subject still maps to one stable id. */
    private static UUID subjectId(String subject) {
        UUID id = uuid(subject);
        return id != null || subject == null || subject.isBlank()
                ? id : UUID.nameUUIDFromBytes(subject.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            // Not one of ours (e.g. an OAuth client_id of an external issuer): no link, rather than an invented one.
            return null;
        }
    }
}
