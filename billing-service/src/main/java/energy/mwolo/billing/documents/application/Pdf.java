package energy.mwolo.billing.documents.application;

/**
 * A document's PDF as served: the file name to offer ({@code FAC-2026-000123.pdf}) and the bytes.
 * The bytes are not copied: whoever receives them only sends them.
 */
public record Pdf(String fileName, byte[] content) {

    public static final String MEDIA_TYPE = "application/pdf";
}
