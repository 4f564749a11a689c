package energy.mwolo.hr.attendance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BadgeSignerTest {

    private static final byte[] KEY = "a-key-of-thirty-two-bytes-at-least!".getBytes(StandardCharsets.US_ASCII);
    private final BadgeSigner signer = new BadgeSigner(KEY);

    @Test
    void aTokenNamesTheBadgeItWasSignedFor() {
        BadgeId badge = BadgeId.newId();

        assertThat(signer.verify(signer.tokenOf(badge))).contains(badge);
    }

    @Test
    void aTokenWithOneCharacterChangedNamesNobody() {
        String token = signer.tokenOf(BadgeId.newId());
        char last = token.charAt(token.length() - 1);
        String altered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(signer.verify(altered)).isEmpty();
    }

    @Test
    void everyOtherLastCharacterNamesNobodyThoughSomeDecodeToTheSameSignature() {
        String token = signer.tokenOf(BadgeId.newId());
        String stem = token.substring(0, token.length() - 1);

        for (char last : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray()) {
            if (last != token.charAt(token.length() - 1)) {
                assertThat(signer.verify(stem + last)).as(stem + last).isEmpty();
            }
        }
    }

    @Test
    void anotherBadgesIdUnderAValidSignatureNamesNobody() {
        String token = signer.tokenOf(new BadgeId(new UUID(0, 1)));
        String other = signer.tokenOf(new BadgeId(new UUID(0, 2)));
        String spliced = other.substring(0, other.lastIndexOf('.')) + token.substring(token.lastIndexOf('.'));

        assertThat(signer.verify(spliced)).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherKeyNamesNobody() {
        BadgeSigner elsewhere = new BadgeSigner("another-key-of-thirty-two-bytes-!!".getBytes(StandardCharsets.US_ASCII));

        assertThat(signer.verify(elsewhere.tokenOf(BadgeId.newId()))).isEmpty();
    }

    @Test
    void garbageNamesNobody() {
        assertThat(signer.verify(null)).isEmpty();
        assertThat(signer.verify("")).isEmpty();
        assertThat(signer.verify("MWB1.")).isEmpty();
        assertThat(signer.verify("MWB1.not base64.%%%")).isEmpty();
        assertThat(signer.verify("EMP-00042")).isEmpty();
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new BadgeSigner(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }
}
