package energy.mwolo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class CurrentUserTest {

    private static final UUID USER = UUID.fromString("0190a5c8-7d1e-7c3a-9b2f-1a2b3c4d5e6f");

    @AfterEach
    void forgetCaller() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAnonymousCallerCanDoNothing() {
        CurrentUser anonymous = CurrentUser.anonymous();

        assertThat(anonymous.authenticated()).isFalse();
        assertThat(anonymous.can("geo:read")).isFalse();
    }

    @Test
    void anAnonymousCallerIsAskedToAuthenticate() {
        var refused = catchThrowableOfType(DomainException.class, () -> CurrentUser.anonymous().require("geo:read"));

        assertThat(refused.kind()).isEqualTo(ErrorKind.UNAUTHENTICATED);
        assertThat(refused.code()).isEqualTo("auth.required");
    }

    @Test
    void beingSignedInIsAskedOfAnonymousCallersOnlyWhateverThePermissions() {
        var refused = catchThrowableOfType(DomainException.class, () -> CurrentUser.anonymous().requireSignedIn());

        assertThat(refused.kind()).isEqualTo(ErrorKind.UNAUTHENTICATED);
        assertThat(refused.code()).isEqualTo("auth.required");
        user(Set.of("CLIENT"), Set.of()).requireSignedIn();
    }

    @Test
    void aUserWithoutThePermissionIsForbidden() {
        var agent = user(Set.of("AGENT"), Set.of("geo:read"));

        var refused = catchThrowableOfType(DomainException.class, () -> agent.require("geo:create"));

        assertThat(refused.kind()).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(refused.code()).isEqualTo("auth.permission_denied");
    }

    @Test
    void aUserWithThePermissionMayProceed() {
        var agent = user(Set.of("AGENT"), Set.of("geo:create"));

        agent.require("geo:create");

        assertThat(agent.can("geo:create")).isTrue();
        assertThat(agent.can("billing:refund")).isFalse();
    }

    @Test
    void aSuperAdminCanDoEverything() {
        var admin = user(Set.of(CurrentUser.SUPER_ADMIN), Set.of());

        admin.require("billing:refund");

        assertThat(admin.can("anything:at_all")).isTrue();
        assertThat(admin.hasRole(CurrentUser.SUPER_ADMIN)).isTrue();
    }

    @Test
    void theActorOnEventsIsTheUserIdOrAnonymous() {
        assertThat(user(Set.of(), Set.of()).actor()).isEqualTo(USER.toString());
        assertThat(CurrentUser.anonymous().actor()).isEqualTo("anonymous");
    }

    @Test
    void theCallerIsReadFromTheVerifiedTokenOfTheRequest() {
        var jwt = Tokens.forUser(USER).claim("roles", List.of("AGENT")).claim("perms", List.of("geo:create")).build();
        SecurityContextHolder.getContext().setAuthentication(new TokenClaims("roles", "perms", true).convert(jwt));

        CurrentUser caller = CurrentUser.current();

        assertThat(caller.userId()).isEqualTo(USER);
        assertThat(caller.can("geo:create")).isTrue();
    }

    @Test
    void aCallerWithoutAccessTokenIsAnonymous() {
        assertThat(CurrentUser.current()).isEqualTo(CurrentUser.anonymous());

        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("operator", null, List.of()));
        assertThat(CurrentUser.current().authenticated()).isFalse();
    }

    private static CurrentUser user(Set<String> roles, Set<String> permissions) {
        return new CurrentUser(USER, roles, permissions, null, null, null);
    }
}
