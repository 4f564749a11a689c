package energy.mwolo.identity.authentication.application;

import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.accounts.model.UserId;
import energy.mwolo.identity.accounts.model.Users;
import energy.mwolo.identity.authentication.model.InvalidRefreshToken;
import energy.mwolo.identity.authentication.model.RefreshToken;
import energy.mwolo.identity.authentication.model.RefreshTokens;
import energy.mwolo.identity.authentication.model.RevocationReason;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trades a refresh token for a new pair: the token is spent and its successor joins the same family. A spent token
 * presented again revokes the family (the legitimate holder and the thief both lose it; the holder signs in again).
 * The revocation commits although the caller gets 401. A disabled account's family is ended too.
 */
@Service
public class RefreshingSession {

    private static final Logger log = LoggerFactory.getLogger(RefreshingSession.class);

    private final RefreshTokens tokens;
    private final Users users;
    private final Sessions sessions;
    private final Clock clock;

    RefreshingSession(RefreshTokens tokens, Users users, Sessions sessions, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional(noRollbackFor = InvalidRefreshToken.class)
    public Session refresh(String presented) {
        Instant now = clock.instant();
        byte[] hash = SecretTokens.hash(presented);
        RefreshToken token = tokens.byHash(hash).orElseThrow(InvalidRefreshToken::new);
        switch (token.presentedAt(now)) {
            case VALID -> tokens.spend(hash, now);
            case REUSED -> {
                tokens.revokeFamily(token.familyId(), RevocationReason.REUSE, now);
                log.warn("Refresh token reused: family {} of user {} revoked", token.familyId(), token.userId());
                throw new InvalidRefreshToken();
            }
            default -> throw new InvalidRefreshToken();
        }
        User user = users.byId(new UserId(token.userId())).orElseThrow(InvalidRefreshToken::new);
        if (user.isDisabled()) {
            tokens.revokeFamily(token.familyId(), RevocationReason.ACCOUNT_DISABLED, now);
            throw new InvalidRefreshToken();
        }
        return sessions.next(token.familyId(), user, now);
    }
}
