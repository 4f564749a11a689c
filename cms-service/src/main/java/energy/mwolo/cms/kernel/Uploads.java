package energy.mwolo.cms.kernel;

import energy.mwolo.platform.storage.ContentTypes;
import java.util.Set;

/**
 * Files sent by staff or visitors are told by their first bytes, never by their name or the type the client claims:
 * a script renamed {@code cv.pdf} is refused.
 */
public final class Uploads {

    public static final String PDF = ContentTypes.PDF;
    public static final String JPEG = ContentTypes.JPEG;
    public static final String PNG = ContentTypes.PNG;
    public static final String WEBP = ContentTypes.WEBP;

    private static final Set<String> IMAGES = Set.of(JPEG, PNG, WEBP);

    private Uploads() {
    }

    /** The image type of the bytes (JPEG, PNG or WebP; never SVG, which carries scripts), or null for anything else. */
    public static String imageType(byte[] bytes) {
        return bytes == null ? null : ContentTypes.sniff(bytes).filter(IMAGES::contains).orElse(null);
    }

    /** Whether the bytes are a PDF document ({@code %PDF-} header). */
    public static boolean isPdf(byte[] bytes) {
        return bytes != null && ContentTypes.sniff(bytes).filter(PDF::equals).isPresent();
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
}
