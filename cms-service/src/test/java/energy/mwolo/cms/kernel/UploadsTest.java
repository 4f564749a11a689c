package energy.mwolo.cms.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadsTest {

    @Test
    void tellsImagesByTheirFirstBytes() {
        assertThat(Uploads.imageType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).isEqualTo(Uploads.JPEG);
        assertThat(Uploads.imageType(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).isEqualTo(Uploads.PNG);
        assertThat(Uploads.imageType("RIFF0000WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Uploads.WEBP);
    }

    @Test
    void aScriptOrAnSvgIsNoImageWhateverItsName() {
        assertThat(Uploads.imageType("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(Uploads.imageType(new byte[] {(byte) 0xFF, (byte) 0xD8})).isNull();
        assertThat(Uploads.imageType(new byte[0])).isNull();
    }

    @Test
    void aPdfStartsWithItsHeader() {
        assertThat(Uploads.isPdf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(Uploads.isPdf("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
        assertThat(Uploads.isPdf("%PDF".getBytes(StandardCharsets.US_ASCII))).isFalse();
    }
}
