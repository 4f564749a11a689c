package energy.mwolo.hr.attendance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KioskTest {

    private static final Instant NOW = Instant.parse("2026-07-01T07:00:00Z");

    @Test
    void aKioskAuthenticatesWithTheCredentialShownAtRegistration() {
        Kiosk.Registered registered = Kiosk.register(UUID.randomUUID(), "Entrée", KioskKind.KIOSK, NOW);
        KioskCredential presented = KioskCredential.parse(registered.credential().text()).orElseThrow();

        assertThatCode(() -> registered.kiosk().authenticate(presented)).doesNotThrowAnyException();
    }

    @Test
    void theCredentialIsKeptOnlyAsAHash() {
        Kiosk.Registered registered = Kiosk.register(UUID.randomUUID(), "Entrée", KioskKind.KIOSK, NOW);
        String secret = registered.credential().secret();

        assertThat(registered.kiosk().credentialHash()).hasSize(32)
                .isNotEqualTo(secret.getBytes(StandardCharsets.US_ASCII));
        assertThat(registered.credential().toString()).doesNotContain(secret);
    }

    @Test
    void aWrongSecretOrAnotherKiosksCredentialIsRefused() {
        Kiosk.Registered one = Kiosk.register(UUID.randomUUID(), "Entrée", KioskKind.KIOSK, NOW);
        Kiosk.Registered two = Kiosk.register(UUID.randomUUID(), "Dépôt", KioskKind.BADGE_READER, NOW);
        KioskCredential guessed = new KioskCredential(one.kiosk().id(), "guess");

        assertThatThrownBy(() -> one.kiosk().authenticate(guessed)).isInstanceOf(KioskUnauthenticated.class);
        assertThatThrownBy(() -> one.kiosk().authenticate(two.credential()))
                .isInstanceOf(KioskUnauthenticated.class);
    }

    @Test
    void aRevokedKioskIsRefusedEvenWithItsCredential() {
        Kiosk.Registered registered = Kiosk.register(UUID.randomUUID(), "Entrée", KioskKind.KIOSK, NOW);

        assertThat(registered.kiosk().revoke(NOW)).isTrue();
        assertThat(registered.kiosk().revoke(NOW.plusSeconds(60))).isFalse();
        assertThat(registered.kiosk().revokedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> registered.kiosk().authenticate(registered.credential()))
                .isInstanceOf(KioskUnauthenticated.class);
    }

    @Test
    void aMalformedCredentialParsesToNothing() {
        assertThat(KioskCredential.parse(null)).isEmpty();
        assertThat(KioskCredential.parse("MWK1.")).isEmpty();
        assertThat(KioskCredential.parse("MWK1.abc")).isEmpty();
        assertThat(KioskCredential.parse("Bearer xyz")).isEmpty();
    }

    @Test
    void aBadgeReaderRecordsTheBadgeSourceAndAKioskTheKioskSource() {
        assertThat(KioskKind.BADGE_READER.source()).isEqualTo(ClockSource.BADGE);
        assertThat(KioskKind.KIOSK.source()).isEqualTo(ClockSource.KIOSK);
    }
}
