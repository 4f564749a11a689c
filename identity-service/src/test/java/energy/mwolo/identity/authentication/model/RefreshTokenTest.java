package energy.mwolo.identity.authentication.model;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.identity.authentication.model.RefreshToken.Presentation;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefreshTokenTest {

    private static final Instant NOW = Instant.parse("2025-04-16T07:00:00Z");
    private static final Instant EXPIRES = NOW.plusSeconds(3600);
    private static final Instant FAMILY_EXPIRES = NOW.plus(Duration.ofDays(20));

    @Test
    void aFreshTokenIsValidUntilItExpires() {
        assertThat(fresh().presentedAt(NOW)).isEqualTo(Presentation.VALID);
        assertThat(fresh().presentedAt(EXPIRES)).isEqualTo(Presentation.EXPIRED);
    }

    @Test
    void aSpentTokenPresentedAgainWithinItsGraceIsARetry() {
        RefreshToken spent = spent(NOW.minusSeconds(3), NOW.plusSeconds(7));

        assertThat(spent.presentedAt(NOW)).isEqualTo(Presentation.RETRIED);
        assertThat(spent.presentedAt(NOW.plusSeconds(7))).isEqualTo(Presentation.REUSED);
    }

    @Test
    void aSpentTokenWhosePairIsNotKeptIsAReuse() {
        assertThat(spent(NOW.minusSeconds(1), null).presentedAt(NOW)).isEqualTo(Presentation.REUSED);
    }

    @Test
    void aFamilyPastItsExpiryEndsWhateverItsToken() {
        RefreshToken token = new RefreshToken(UUID.randomUUID(), UUID.randomUUID(), EXPIRES, null, null, NOW, null);

        assertThat(token.presentedAt(NOW)).isEqualTo(Presentation.FAMILY_EXPIRED);
        assertThat(fresh().presentedAt(FAMILY_EXPIRES)).isEqualTo(Presentation.FAMILY_EXPIRED);
    }

    @Test
    void aRevokedFamilyOutranksEverythingElse() {
        RefreshToken token = new RefreshToken(UUID.randomUUID(), UUID.randomUUID(), EXPIRES, NOW.minusSeconds(1),
                NOW.plusSeconds(9), NOW, NOW.minusSeconds(1));

        assertThat(token.presentedAt(NOW)).isEqualTo(Presentation.REVOKED);
    }

    private static RefreshToken fresh() {
        return new RefreshToken(UUID.randomUUID(), UUID.randomUUID(), EXPIRES, null, null, FAMILY_EXPIRES, null);
    }

    private static RefreshToken spent(Instant spentAt, Instant keptUntil) {
        return new RefreshToken(UUID.randomUUID(), UUID.randomUUID(), EXPIRES, spentAt, keptUntil, FAMILY_EXPIRES,
                null);
    }
}
