package energy.mwolo.platform.security;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, read from the verified access token: user, roles, permissions ({@code module:action}) and the
 * agency, client and employee the user is tied to (from identity-service's tokens only: {@link TokenClaims}).
 * Anonymous when the request carries no token.
 */
public record CurrentUser(UUID userId, Set<String> roles, Set<String> permissions, UUID agencyId, UUID clientId,
        UUID employeeId) {

    public static final String SUPER_ADMIN = "SUPER_ADMIN";
    private static final CurrentUser ANONYMOUS = new CurrentUser(null, Set.of(), Set.of(), null, null, null);

    public CurrentUser {
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    public static CurrentUser anonymous() {
        return ANONYMOUS;
    }

    /** A super administrator acting without a request, such as the dev profile's seeds in the dev admin's name. */
    public static CurrentUser superAdmin(UUID userId) {
        return new CurrentUser(userId, Set.of(SUPER_ADMIN), Set.of(), null, null, null);
    }

    /** The caller of the current request or job thread. */
    public static CurrentUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return TokenClaims.currentUser(token);
        }
        return ANONYMOUS;
    }

    public boolean authenticated() {
        return userId != null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean can(String permission) {
        return authenticated() && (roles.contains(SUPER_ADMIN) || permissions.contains(permission));
    }

    /** Stops the use case unless someone is signed in, whatever their permissions: 401 when anonymous. */
    public void requireSignedIn() {
        if (!authenticated()) {
            throw new AuthenticationRequired();
        }
    }

    /** Stops the use case unless the caller holds the permission: 401 when anonymous, 403 when not allowed. */
    public void require(String permission) {
        requireSignedIn();
        if (!can(permission)) {
            throw new PermissionDenied(permission);
        }
    }

    /** The actor recorded on events: the user id, or {@code anonymous}. */
    public String actor() {
        return authenticated() ? userId.toString() : "anonymous";
    }

    static final class AuthenticationRequired extends DomainException {
        AuthenticationRequired() {
            super(ErrorKind.UNAUTHENTICATED, "auth.required", null);
        }
    }

    static final class PermissionDenied extends DomainException {
        PermissionDenied(String permission) {
            super(ErrorKind.FORBIDDEN, "auth.permission_denied", null, permission);
        }
    }
}
