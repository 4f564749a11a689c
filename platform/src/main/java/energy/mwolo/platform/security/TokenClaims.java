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

/** Turns a verified token's claims into authorities ({@code ROLE_X} and {@code module:action}) and a CurrentUser. */
final class TokenClaims implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String ROLE_PREFIX = "ROLE_";

    private final String rolesClaim;
    private final String permissionsClaim;

    TokenClaims(String rolesClaim, String permissionsClaim) {
        this.rolesClaim = rolesClaim;
        this.permissionsClaim = permissionsClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        strings(jwt.getClaims(), rolesClaim).forEach(r -> authorities.add(new SimpleGrantedAuthority(ROLE_PREFIX + r)));
        strings(jwt.getClaims(), permissionsClaim).forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }

    static CurrentUser currentUser(Jwt jwt, Collection<? extends GrantedAuthority> authorities) {
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
        return new CurrentUser(subjectId(jwt.getSubject()), roles, permissions, uuid(jwt.getClaimAsString("agency_id")),
                uuid(jwt.getClaimAsString("client_id")), uuid(jwt.getClaimAsString("employee_id")));
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
