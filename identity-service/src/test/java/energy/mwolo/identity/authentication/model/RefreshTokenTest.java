package energy.mwolo.identity.authentication.model;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.identity.authentication.model.RefreshToken.Presentation;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefreshTokenTest {

    private static final Instant NOW = Instant.parse("2025-04-16T07:00:00Z");
    private static final Instant EXPIRES = NOW.plusSeconds(3600);

    @Test
    void aFreshTokenIsValidUntilItExpires() {
        assertThat(token(null, null).presentedAt(NOW)).isEqualTo(Presentation.VALID);
        assertThat(token(null, null).presentedAt(EXPIRES)).isEqualTo(Presentation.EXPIRED);
    }

    @Test
    void aSpentTokenPresentedAgainIsAReuse() {
        assertThat(token(NOW.minusSeconds(1), null).presentedAt(NOW)).isEqualTo(Presentation.REUSED);
    }

    @Test
    void aRevokedFamilyOutranksEverythingElse() {
        assertThat(token(NOW.minusSeconds(1), NOW.minusSeconds(1)).presentedAt(NOW))
                .isEqualTo(Presentation.REVOKED);
    }

    private static RefreshToken token(Instant spentAt, Instant revokedAt) {
        return new RefreshToken(UUID.randomUUID(), UUID.randomUUID(), EXPIRES, spentAt, revokedAt);
    }
}
