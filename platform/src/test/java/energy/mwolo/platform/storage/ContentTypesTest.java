package energy.mwolo.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentTypesTest {

    @Test
    void tellsImagesAndPdfsByTheirFirstBytes() {
        assertThat(ContentTypes.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10))).contains(ContentTypes.JPEG);
        assertThat(ContentTypes.sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0))).contains(ContentTypes.PNG);
        assertThat(ContentTypes.sniff("GIF89a...".getBytes(StandardCharsets.US_ASCII))).contains(ContentTypes.GIF);
        assertThat(ContentTypes.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)))
                .contains(ContentTypes.WEBP);
        assertThat(ContentTypes.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(ContentTypes.PDF);
    }

    @Test
    void anExecutableOrATruncatedHeaderIsNothingKnown() {
        assertThat(ContentTypes.sniff(bytes('M', 'Z', 0x90, 0, 3, 0))).isEmpty();
        assertThat(ContentTypes.sniff(bytes(0x7F, 'E', 'L', 'F', 2, 1))).isEmpty();
        assertThat(ContentTypes.sniff(bytes(0x89, 'P', 'N'))).isEmpty();
        assertThat(ContentTypes.sniff("RIFF\0\0\0\0WAVE".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ContentTypes.sniff(new byte[0])).isEmpty();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
