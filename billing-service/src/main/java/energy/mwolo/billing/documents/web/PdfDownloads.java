package energy.mwolo.billing.documents.web;

import energy.mwolo.billing.documents.application.Pdf;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A PDF as a download, for every controller that serves one: {@code application/pdf}, offered to be saved under its
 * number ({@code Content-Disposition: attachment; filename="FAC-2026-000123.pdf"}), with a strong ETag of its bytes.
 * A client that already has those bytes ({@code If-None-Match}) gets 304 without them: Spring MVC answers so for a
 * GET whose {@code ResponseEntity} carries an ETag. Caches may keep it for the one user only and must ask again each
 * time: an invoice's PDF changes with its balance.
 */
public final class PdfDownloads {

    private PdfDownloads() {
    }

    public static ResponseEntity<byte[]> of(Pdf pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment().filename(pdf.fileName()).build()
                        .toString())
                .eTag(etag(pdf.content()))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(pdf.content());
    }

    /** The SHA-256 of the bytes: the same document always has the same tag, a re-rendered one another. */
    static String etag(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
