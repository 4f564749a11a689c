package energy.mwolo.billing.invoices.web;

import energy.mwolo.billing.invoices.application.BrowsingInvoices;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A credit note, for whoever may see its invoice; an invoice lists its own. */
@RestController
@RequestMapping("/api/billing/credit-notes")
class CreditNoteController {

    private final BrowsingInvoices browsing;

    CreditNoteController(BrowsingInvoices browsing) {
        this.browsing = browsing;
    }

    @Operation(summary = "Consulter un avoir")
    @GetMapping({"/{id}", "/{id}/"})
    CreditNoteResponse get(@PathVariable UUID id, CurrentUser user) {
        return CreditNoteResponse.from(browsing.creditNote(id, user));
    }
}
