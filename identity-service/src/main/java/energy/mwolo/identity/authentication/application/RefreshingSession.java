package energy.mwolo.identity.authentication.application;

import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.accounts.model.UserId;
import energy.mwolo.identity.accounts.model.Users;
import energy.mwolo.identity.authentication.model.InvalidRefreshToken;
import energy.mwolo.identity.authentication.model.RefreshToken;
import energy.mwolo.identity.authentication.model.RefreshTokens;
import energy.mwolo.identity.authentication.model.RevocationReason;
import energy.mwolo.identity.authentication.model.Successor;
import energy.mwolo.identity.tokens.application.IssuedAccessToken;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trades a refresh token for a new pair: the token is spent and its successor joins the same family. The same token
 * presented again within the retry grace gets the same pair (the token is row-locked, so two requests at once apply
 * one after the other and the second finds the first's pair). Presented after the grace, it revokes the family (the
 * legitimate holder and the thief both lose it; the holder signs in again). A family past its absolute expiry ends
 * too, as does a disabled account's. Revocations commit although the caller gets 401.
 */
@Service
public class RefreshingSession {

    private static final Logger log = LoggerFactory.getLogger(RefreshingSession.class);

    private final RefreshTokens tokens;
    private final Users users;
    private final Sessions sessions;
    private final SessionProperties properties;
    private final Clock clock;

    RefreshingSession(RefreshTokens tokens, Users users, Sessions sessions, SessionProperties properties,
                      Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.sessions = sessions;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(noRollbackFor = InvalidRefreshToken.class)
    public Session refresh(String presented) {
        Instant now = clock.instant();
        byte[] hash = SecretTokens.hash(presented);
        RefreshToken token = tokens.byHash(hash).orElseThrow(InvalidRefreshToken::new);
        switch (token.presentedAt(now)) {
            case VALID -> {
                Session next = sessions.next(token.familyId(), token.familyExpiresAt(), activeUser(token, now), now);
                tokens.spend(hash, now, successor(next), now.plus(properties.retryGrace()));
                return next;
            }
            case RETRIED -> {
                User user = activeUser(token, now);
                Successor kept = tokens.keptSuccessor(hash, now).orElseThrow(InvalidRefreshToken::new);
                return new Session(new IssuedAccessToken(kept.accessToken(), kept.accessExpiresAt(),
                        kept.accessExpiresIn()), kept.refreshToken(), user);
            }
            case REUSED -> {
                tokens.revokeFamily(token.familyId(), RevocationReason.REUSE, now);
                log.warn("Refresh token reused: family {} of user {} revoked", token.familyId(), token.userId());
                throw new InvalidRefreshToken();
            }
            case FAMILY_EXPIRED -> {
                tokens.revokeFamily(token.familyId(), RevocationReason.EXPIRED, now);
                throw new InvalidRefreshToken();
            }
            default -> throw new InvalidRefreshToken();
        }
    }

    private User activeUser(RefreshToken token, Instant now) {
        User user = users.byId(new UserId(token.userId())).orElseThrow(InvalidRefreshToken::new);
        if (user.isDisabled()) {
            tokens.revokeFamily(token.familyId(), RevocationReason.ACCOUNT_DISABLED, now);
            throw new InvalidRefreshToken();
        }
        return user;
    }

    private static Successor successor(Session session) {
        return new Successor(session.refreshToken(), session.access().token(), session.access().expiresAt(),
                session.access().expiresIn());
    }
}
