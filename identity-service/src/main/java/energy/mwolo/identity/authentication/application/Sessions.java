package energy.mwolo.identity.authentication.application;

import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.authentication.model.RefreshTokens;
import energy.mwolo.identity.authentication.model.RevocationReason;
import energy.mwolo.identity.roles.Permission;
import energy.mwolo.identity.roles.RoleMatrix;
import energy.mwolo.identity.tokens.application.AccessTokenClaims;
import energy.mwolo.identity.tokens.application.AccessTokens;
import energy.mwolo.identity.tokens.application.TokenProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Opens and continues sessions: an access token whose permissions are read from the matrix at that moment, and a
 * refresh token of the session's family, which never outlives the family. Runs in the caller's transaction.
 */
@Component
public class Sessions {

    private final RefreshTokens refreshTokens;
    private final AccessTokens accessTokens;
    private final RoleMatrix matrix;
    private final TokenProperties tokens;
    private final SessionProperties sessions;

    Sessions(RefreshTokens refreshTokens, AccessTokens accessTokens, RoleMatrix matrix, TokenProperties tokens,
             SessionProperties sessions) {
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.matrix = matrix;
        this.tokens = tokens;
        this.sessions = sessions;
    }

    public Session open(User user, Instant now) {
        Instant familyExpiresAt = now.plus(sessions.lifetime());
        return next(refreshTokens.openFamily(user.id().value(), now, familyExpiresAt), familyExpiresAt, user, now);
    }

    public Session next(UUID familyId, Instant familyExpiresAt, User user, Instant now) {
        String refresh = SecretTokens.newToken();
        Instant expiresAt = now.plus(tokens.refreshTokenTtl());
        refreshTokens.add(SecretTokens.hash(refresh), familyId, now,
                expiresAt.isAfter(familyExpiresAt) ? familyExpiresAt : expiresAt);
        List<String> permissions = matrix.permissionsOf(user.role()).stream().map(Permission::toString).toList();
        var claims = new AccessTokenClaims(user.id().value(), List.of(user.role().name()), permissions,
                user.links().agency(), user.links().client(), user.links().employee());
        return new Session(accessTokens.issue(claims), refresh, user);
    }

    public void endAll(User user, RevocationReason reason, Instant now) {
        refreshTokens.revokeAllOf(user.id().value(), reason, now);
    }
}
