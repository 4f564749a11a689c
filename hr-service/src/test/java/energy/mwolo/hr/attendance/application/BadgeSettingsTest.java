package energy.mwolo.hr.attendance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class BadgeSettingsTest {

    @Test
    void withoutAKeyThereIsNoSigner() {
        assertThat(new BadgeSettings(null).signer()).isEmpty();
        assertThat(new BadgeSettings(" ").signer()).isEmpty();
    }

    @Test
    void aKeyShorterThan32BytesOrNotBase64StopsTheServiceAtStart() {
        String short31 = Base64.getEncoder().encodeToString(new byte[31]);

        assertThatThrownBy(() -> new BadgeSettings(short31)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BadgeSettings("not base64 !")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a32ByteKeySigns() {
        assertThat(new BadgeSettings(Base64.getEncoder().encodeToString(new byte[32])).signer()).isPresent();
    }
}
