package energy.mwolo.cms.kernel;

/**
 * Files sent by staff or visitors are told by their first bytes, never by their name or the type the client claims:
 * a script renamed {@code cv.pdf} is refused.
 */
public final class Uploads {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String WEBP = "image/webp";

    private Uploads() {
    }

    /** The image type of the bytes (JPEG, PNG or WebP), or null for anything else. */
    public static String imageType(byte[] bytes) {
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return WEBP;
        }
        return null;
    }

    /** Whether the bytes are a PDF document ({@code %PDF-} header). */
    public static boolean isPdf(byte[] bytes) {
        return startsWith(bytes, 0, '%', 'P', 'D', 'F', '-');
    }

    /** The file name extension of a type this class tells. */
    public static String extension(String type) {
        return switch (type) {
            case PDF -> "pdf";
            case JPEG -> "jpg";
            case PNG -> "png";
            case WEBP -> "webp";
            default -> throw new IllegalArgumentException(type);
        };
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes == null || bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
