package energy.mwolo.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RecordValueSerializerTest {

    private final RecordValueSerializer serializer = new RecordValueSerializer();

    @Test
    void writesBytesAsTheyAreTextAsUtf8AndATombstoneAsNothing() {
        byte[] notUtf8 = {(byte) 0xC3, (byte) 0x28, 0};

        assertThat(serializer.serialize("t", notUtf8)).isSameAs(notUtf8);
        assertThat(serializer.serialize("t", "Agence de Ngaliema, Kinshasa"))
                .isEqualTo("Agence de Ngaliema, Kinshasa".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(serializer.serialize("t", "é"), StandardCharsets.UTF_8)).isEqualTo("é");
        assertThat(serializer.serialize("t", null)).isNull();
    }
}
