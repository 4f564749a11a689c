package energy.mwolo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class TokenClaimsTest {

    private static final UUID USER = UUID.fromString("0190a5c8-7d1e-7c3a-9b2f-1a2b3c4d5e6f");
    private static final UUID AGENCY = UUID.fromString("0190a5c8-0000-7000-8000-00000000000a");
    private static final UUID CLIENT = UUID.fromString("0190a5c8-0000-7000-8000-00000000000c");
    private static final UUID EMPLOYEE = UUID.fromString("0190a5c8-0000-7000-8000-00000000000e");

    @Test
    void aListClaimIsFoundByItsDottedPath() {
        Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("ADMIN", "AGENT")));

        assertThat(TokenClaims.strings(claims, "realm_access.roles")).containsExactly("ADMIN", "AGENT");
    }

    @Test
    void aSpaceSeparatedClaimIsReadAsAList() {
        Map<String, Object> claims = Map.of("scope", "geo:read geo:create");

        assertThat(TokenClaims.strings(claims, "scope")).containsExactly("geo:read", "geo:create");
    }

    @Test
    void aMissingOrUnusableClaimGivesNothing() {
        Map<String, Object> claims = Map.of("roles", 42, "realm_access", "not-an-object", "perms", " ");

        assertThat(TokenClaims.strings(claims, "permissions")).isEmpty();
        assertThat(TokenClaims.strings(claims, "roles")).isEmpty();
        assertThat(TokenClaims.strings(claims, "realm_access.roles")).isEmpty();
        assertThat(TokenClaims.strings(claims, "perms")).isEmpty();
    }

    @Test
    void nonTextItemsOfAListClaimAreIgnored() {
        Map<String, Object> claims = Map.of("roles", List.of("ADMIN", 7, Map.of()));

        assertThat(TokenClaims.strings(claims, "roles")).containsExactly("ADMIN");
    }

    @Test
    void rolesBecomeRoleAuthoritiesAndPermissionsStayAsTheyAre() {
        Jwt jwt = Tokens.forUser(USER).claim("roles", List.of("ADMIN")).claim("perms", List.of("geo:create")).build();

        var authentication = new TokenClaims("roles", "perms", true).convert(jwt);

        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_ADMIN", "geo:create");
        assertThat(authentication.getName()).isEqualTo(USER.toString());
    }

    @Test
    void keycloakRolesAreReadFromTheirNestedClaim() {
        Jwt jwt = Tokens.forUser(USER).claim("realm_access", Map.of("roles", List.of("AGENT"))).build();

        var authentication = new TokenClaims("realm_access.roles", "perms", false).convert(jwt);

        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_AGENT");
    }

    @Test
    void anotherIssuersTokenTiesTheUserToNoRecordWhateverItsClaimsSay() {
        // Keycloak's client_id names the OAuth client; an administrator of the provider could put any id there.
        Jwt jwt = Tokens.forUser(USER)
                .claim("realm_access", Map.of("roles", List.of("CLIENT")))
                .claim("perms", List.of("crm:read"))
                .claim("client_id", CLIENT.toString())
                .claim("agency_id", AGENCY.toString())
                .claim("employee_id", EMPLOYEE.toString())
                .build();

        CurrentUser user = TokenClaims.currentUser(
                (JwtAuthenticationToken) new TokenClaims("realm_access.roles", "perms", false).convert(jwt));

        assertThat(user.roles()).containsExactly("CLIENT");
        assertThat(user.permissions()).containsExactly("crm:read");
        assertThat(user.clientId()).isNull();
        assertThat(user.agencyId()).isNull();
        assertThat(user.employeeId()).isNull();
    }

    @Test
    void aTokenNotVerifiedByThePlatformTiesTheUserToNoRecord() {
        Jwt jwt = Tokens.forUser(USER).claim("client_id", CLIENT.toString()).build();

        assertThat(TokenClaims.currentUser(new JwtAuthenticationToken(jwt)).clientId()).isNull();
    }

    @Test
    void identityServiceReadsItsOwnTokensTies() {
        Jwt jwt = Tokens.forUser(USER).claim("roles", List.of("CLIENT")).claim("client_id", CLIENT.toString()).build();

        CurrentUser user = TokenClaims.currentUser((JwtAuthenticationToken) TokenClaims.ofIdentityService().convert(jwt));

        assertThat(user.clientId()).isEqualTo(CLIENT);
        assertThat(user.roles()).containsExactly("CLIENT");
    }

    @Test
    void theCurrentUserIsTheTokensSubjectWithItsTies() {
        Jwt jwt = Tokens.forUser(USER)
                .claim("roles", List.of("AGENT"))
                .claim("perms", List.of("geo:create", "billing:read"))
                .claim("agency_id", AGENCY.toString())
                .claim("client_id", CLIENT.toString())
                .claim("employee_id", EMPLOYEE.toString())
                .build();

        CurrentUser user = currentUser(jwt);

        assertThat(user.userId()).isEqualTo(USER);
        assertThat(user.roles()).containsExactly("AGENT");
        assertThat(user.permissions()).containsExactlyInAnyOrder("geo:create", "billing:read");
        assertThat(user.agencyId()).isEqualTo(AGENCY);
        assertThat(user.clientId()).isEqualTo(CLIENT);
        assertThat(user.employeeId()).isEqualTo(EMPLOYEE);
    }

    @Test
    void aUserWithoutTiesHasNoAgencyClientOrEmployee() {
        CurrentUser user = currentUser(Tokens.forUser(USER).build());

        assertThat(user.authenticated()).isTrue();
        assertThat(user.agencyId()).isNull();
        assertThat(user.clientId()).isNull();
        assertThat(user.employeeId()).isNull();
    }

    @Test
    void aSubjectThatIsNotAUuidStillIdentifiesTheSameUserEveryTime() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("google-oauth2|1234").build();

        assertThat(currentUser(jwt).userId()).isNotNull().isEqualTo(currentUser(jwt).userId());
    }

    @Test
    void authoritiesThatAreNeitherRolesNorPermissionsAreLeftOut() {
        Jwt jwt = Tokens.forUser(USER).claim("perms", List.of("geo:create", "openid")).build();

        assertThat(currentUser(jwt).permissions()).containsExactly("geo:create");
    }

    private static CurrentUser currentUser(Jwt jwt) {
        return TokenClaims.currentUser((JwtAuthenticationToken) new TokenClaims("roles", "perms", true).convert(jwt));
    }
}
