package energy.mwolo.platform.storage;

import java.util.List;
import java.util.Optional;

/**
 * What a file is, told by its first bytes (its signature), never by its name or a header its sender chose: an
 * executable renamed {@code facture.pdf} is not a PDF. Knows the types users send as evidence: JPEG, PNG, GIF, WebP
 * and PDF.
 */
public final class ContentTypes {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String GIF = "image/gif";
    public static final String WEBP = "image/webp";
    public static final String PDF = "application/pdf";

    /** A signature: bytes expected at an offset; {@code -1} matches any byte. */
    private record Signature(String type, int offset, int... bytes) {

        boolean matches(byte[] content) {
            if (content.length < offset + bytes.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] >= 0 && (content[offset + i] & 0xFF) != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Signature> SIGNATURES = List.of(
            new Signature(JPEG, 0, 0xFF, 0xD8, 0xFF),
            new Signature(PNG, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
            new Signature(GIF, 0, 'G', 'I', 'F', '8'),
            new Signature(WEBP, 0, 'R', 'I', 'F', 'F', -1, -1, -1, -1, 'W', 'E', 'B', 'P'),
            new Signature(PDF, 0, '%', 'P', 'D', 'F', '-'));

    private ContentTypes() {
    }

    /** The type the bytes announce, or empty for anything else (executables, archives, text, a truncated header). */
    public static Optional<String> sniff(byte[] content) {
        return SIGNATURES.stream().filter(signature -> signature.matches(content)).map(Signature::type).findFirst();
    }
}
