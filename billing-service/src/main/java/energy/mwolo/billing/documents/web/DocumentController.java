package energy.mwolo.billing.documents.web;

import energy.mwolo.billing.documents.application.DownloadingDocuments;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An issued invoice's, a credit note's and a confirmed payment's receipt PDF, for whoever may read the record. */
@RestController
class DocumentController {

    private final DownloadingDocuments downloading;

    DocumentController(DownloadingDocuments downloading) {
        this.downloading = downloading;
    }

    @Operation(summary = "Télécharger une facture en PDF")
    @GetMapping({"/api/billing/invoices/{id}/pdf", "/api/billing/invoices/{id}/pdf/"})
    ResponseEntity<byte[]> invoice(@PathVariable UUID id, CurrentUser user) {
        return PdfDownloads.of(downloading.invoice(id, user));
    }

    @Operation(summary = "Télécharger un avoir en PDF")
    @GetMapping({"/api/billing/credit-notes/{id}/pdf", "/api/billing/credit-notes/{id}/pdf/"})
    ResponseEntity<byte[]> creditNote(@PathVariable UUID id, CurrentUser user) {
        return PdfDownloads.of(downloading.creditNote(id, user));
    }

    @Operation(summary = "Télécharger le reçu d'un paiement en PDF")
    @GetMapping({"/api/billing/payments/{id}/receipt/pdf", "/api/billing/payments/{id}/receipt/pdf/"})
    ResponseEntity<byte[]> receipt(@PathVariable UUID id, CurrentUser user) {
        return PdfDownloads.of(downloading.receipt(id, user));
    }
}
