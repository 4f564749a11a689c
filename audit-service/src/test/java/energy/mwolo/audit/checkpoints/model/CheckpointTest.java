package energy.mwolo.audit.checkpoints.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.audit.log.model.ChainHead;
import energy.mwolo.audit.log.model.Hash;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointTest {

    private static final SigningKey KEY = SigningKey.generate();
    private static final ChainHead HEAD = new ChainHead(42, Hash.fromHex("ab".repeat(32)));
    private static final Instant AT = Instant.parse("2026-05-01T08:00:00.123456Z");

    @Test
    void aCheckpointSignedByTheServiceKeyIsVouchedFor() {
        Checkpoint checkpoint = Checkpoint.sign(3, HEAD, AT, KEY);

        assertThat(new TrustedKeys(KEY, List.of()).vouchFor(checkpoint)).isTrue();
        assertThat(new String(checkpoint.statement(), StandardCharsets.UTF_8)).isEqualTo("""
                mwolo-audit-checkpoint/v1
                number=3
                seq=42
                hash=%s
                count=42
                created_at=2026-05-01T08:00:00.123456Z
                key_id=%s
                """.formatted("ab".repeat(32), KEY.id()));
    }

    @Test
    void changingAnyStatedValueBreaksTheSignature() {
        Checkpoint signed = Checkpoint.sign(3, HEAD, AT, KEY);
        TrustedKeys trusted = new TrustedKeys(KEY, List.of());
        assertThat(trusted.vouchFor(signed)).as("remembered as good").isTrue();

        assertThat(List.of(
                new Checkpoint(4, 42, signed.hash(), 42, AT, KEY.id(), signed.signature()),
                new Checkpoint(3, 41, signed.hash(), 42, AT, KEY.id(), signed.signature()),
                new Checkpoint(3, 42, Hash.GENESIS, 42, AT, KEY.id(), signed.signature()),
                new Checkpoint(3, 42, signed.hash(), 40, AT, KEY.id(), signed.signature()),
                new Checkpoint(3, 42, signed.hash(), 42, AT.plusSeconds(1), KEY.id(), signed.signature())))
                .noneMatch(trusted::vouchFor);
    }

    @Test
    void aCheckpointSignedWithAnotherKeyIsNotVouchedForUnlessThatKeyIsTrusted() {
        SigningKey previous = SigningKey.generate();
        Checkpoint old = Checkpoint.sign(1, HEAD, AT, previous);

        assertThat(new TrustedKeys(KEY, List.of()).vouchFor(old)).isFalse();
        assertThat(new TrustedKeys(KEY, List.of(previous.publicKey())).vouchFor(old)).isTrue();
    }

    @Test
    void aKeyPairIsReadBackFromItsEncodingsAndHalvesOfTwoPairsAreRefused() {
        SigningKey other = SigningKey.generate();

        SigningKey decoded = SigningKey.decode(KEY.privateKeyBase64(), KEY.publicKeyBase64());

        assertThat(decoded.id()).isEqualTo(KEY.id());
        assertThat(new TrustedKeys(KEY, List.of()).vouchFor(Checkpoint.sign(1, HEAD, AT, decoded))).isTrue();
        assertThatThrownBy(() -> SigningKey.decode(KEY.privateKeyBase64(), other.publicKeyBase64()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not one pair");
    }
}
