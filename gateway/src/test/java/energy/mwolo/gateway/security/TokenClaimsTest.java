package energy.mwolo.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenClaimsTest {

    @Test
    void readsAListByDottedPath() {
        Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("ADMIN", "offline_access")));

        assertThat(TokenClaims.strings(claims, "realm_access.roles")).containsExactly("ADMIN", "offline_access");
    }

    @Test
    void readsASpaceSeparatedString() {
        assertThat(TokenClaims.strings(Map.of("scope", "geo:read hr:read"), "scope"))
                .containsExactly("geo:read", "hr:read");
    }

    @Test
    void findsNothingWhereThePathLeadsNowhere() {
        assertThat(TokenClaims.strings(Map.of("roles", "ADMIN"), "realm_access.roles")).isEmpty();
        assertThat(TokenClaims.strings(Map.of("roles", List.of(1, 2)), "roles")).isEmpty();
    }
}
