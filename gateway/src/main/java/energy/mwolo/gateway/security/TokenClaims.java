package energy.mwolo.gateway.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * A verified token's claims as authorities: each role as {@code ROLE_X}, each permission as is. Claims are read by
 * dotted path, so Keycloak's {@code realm_access.roles} maps like our own {@code roles}.
 */
final class TokenClaims implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    static final String ROLE_PREFIX = "ROLE_";

    private final String rolesClaim;
    private final String permissionsClaim;

    TokenClaims(String rolesClaim, String permissionsClaim) {
        this.rolesClaim = rolesClaim;
        this.permissionsClaim = permissionsClaim;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        strings(jwt.getClaims(), rolesClaim).forEach(r -> authorities.add(new SimpleGrantedAuthority(ROLE_PREFIX + r)));
        strings(jwt.getClaims(), permissionsClaim).forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
        return Mono.just(new JwtAuthenticationToken(jwt, authorities, jwt.getSubject()));
    }

    /** A list claim by dotted path; a space-separated string counts as a list (OAuth's {@code scope} style). */
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
}
