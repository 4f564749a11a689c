package energy.mwolo.billing.invoices.web;

import energy.mwolo.billing.invoices.application.BrowsingInvoices;
import energy.mwolo.billing.invoices.application.CreditingInvoice;
import energy.mwolo.billing.invoices.application.DiscardingDraft;
import energy.mwolo.billing.invoices.application.DraftingInvoice;
import energy.mwolo.billing.invoices.application.InvoiceQuery;
import energy.mwolo.billing.invoices.application.IssuingInvoice;
import energy.mwolo.billing.invoices.model.CreditNote;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invoices: filters {@code status}, {@code client}, {@code contract}, {@code period}, {@code run}, {@code search}
 * (invoice or contract number), {@code ordering}. Drafting, issuing, discarding a draft, credit notes and
 * cancelling. Every write takes an Idempotency-Key.
 */
@RestController
@RequestMapping("/api/billing/invoices")
class InvoiceController {

    private static final String PATH = "/api/billing/invoices/";

    private final BrowsingInvoices browsing;
    private final DraftingInvoice drafting;
    private final IssuingInvoice issuing;
    private final CreditingInvoice crediting;
    private final DiscardingDraft discarding;

    InvoiceController(BrowsingInvoices browsing, DraftingInvoice drafting, IssuingInvoice issuing,
                      CreditingInvoice crediting, DiscardingDraft discarding) {
        this.browsing = browsing;
        this.drafting = drafting;
        this.issuing = issuing;
        this.crediting = crediting;
        this.discarding = discarding;
    }

    @Operation(summary = "Lister les factures")
    @GetMapping({"", "/"})
    PageResponse<InvoiceSummaryResponse> list(@RequestParam(required = false) String status,
                                              @RequestParam(required = false) UUID client,
                                              @RequestParam(required = false) UUID contract,
                                              @RequestParam(required = false) String period,
                                              @RequestParam(required = false) UUID run,
                                              @RequestParam(required = false) String search,
                                              @RequestParam(required = false) String ordering,
                                              PageQuery page, CurrentUser user) {
        InvoiceQuery query = browsing.query(status, client, contract, period, run, search, ordering, user);
        return PageResponse.of(page, browsing.count(query), browsing.find(query, page.offset(), page.limit()))
                .map(InvoiceSummaryResponse::from);
    }

    @Operation(summary = "Consulter une facture")
    @GetMapping({"/{id}", "/{id}/"})
    InvoiceResponse get(@PathVariable UUID id, CurrentUser user) {
        Invoice invoice = browsing.show(id, user);
        return InvoiceResponse.from(invoice, browsing.creditNotesOf(invoice));
    }

    /** A draft of one contract's month, its lines computed by the system; nothing of the amounts is accepted. */
    @Operation(summary = "Rédiger une facture")
    @PostMapping({"", "/"})
    @Idempotent(required = true)
    ResponseEntity<InvoiceResponse> draft(@RequestBody @Valid DraftRequest request, CurrentUser user) {
        Invoice invoice = drafting.draft(request.contract(), request.period(), user);
        return ResponseEntity.created(URI.create(PATH + invoice.id() + "/"))
                .body(InvoiceResponse.from(invoice, List.of()));
    }

    @Operation(summary = "Émettre une facture en brouillon")
    @PostMapping({"/{id}/issue", "/{id}/issue/"})
    @Idempotent(required = true)
    InvoiceResponse issue(@PathVariable UUID id, CurrentUser user) {
        return InvoiceResponse.from(issuing.issue(new InvoiceId(id), user), List.of());
    }

    @Operation(summary = "Abandonner une facture en brouillon")
    @DeleteMapping({"/{id}", "/{id}/"})
    ResponseEntity<Void> discard(@PathVariable UUID id, CurrentUser user) {
        discarding.discard(new InvoiceId(id), user);
        return ResponseEntity.noContent().build();
    }

    /** A credit note for {@code amount} (tax included) of the balance, or without amount for the whole invoice. */
    @Operation(summary = "Émettre un avoir sur une facture")
    @PostMapping({"/{id}/credit-notes", "/{id}/credit-notes/"})
    @Idempotent(required = true)
    ResponseEntity<CreditNoteResponse> credit(@PathVariable UUID id, @RequestBody @Valid CreditRequest request,
                                              CurrentUser user) {
        CreditNote note = crediting.credit(new InvoiceId(id), request.amount(), request.reason(), user);
        return ResponseEntity.created(URI.create("/api/billing/credit-notes/" + note.id() + "/"))
                .body(CreditNoteResponse.from(note));
    }

    /** Cancels the invoice: a credit note for all of it. */
    @Operation(summary = "Annuler une facture émise")
    @PostMapping({"/{id}/cancel", "/{id}/cancel/"})
    @Idempotent(required = true)
    ResponseEntity<CreditNoteResponse> cancel(@PathVariable UUID id, @RequestBody @Valid CancelRequest request,
                                              CurrentUser user) {
        CreditNote note = crediting.cancel(new InvoiceId(id), request.reason(), user);
        return ResponseEntity.created(URI.create("/api/billing/credit-notes/" + note.id() + "/"))
                .body(CreditNoteResponse.from(note));
    }

    /**
     * The contract and month to draft an invoice for; the lines and amounts are computed by the system. A month is
     * invoiced once per contract (a cancelled invoice frees it).
     *
     * @param contract the CRM contract to bill
     * @param period   the month billed, {@code YYYY-MM} ({@code "2026-03"})
     */
    record DraftRequest(@NotNull UUID contract, @NotNull String period) {
    }

    /**
     * A credit note to issue on an invoice.
     *
     * @param amount the amount to credit, tax included, in the invoice's currency, 2 decimals at most, positive and
     *               not above the balance; absent for the whole invoice, which cancels it
     * @param reason why the invoice is credited, kept on the credit note, 500 characters at most
     */
    record CreditRequest(BigDecimal amount, @NotBlank @Size(max = 500) String reason) {
    }

    /**
     * The cancellation of an invoice, by a credit note for all of it.
     *
     * @param reason why the invoice is cancelled, kept on the credit note, 500 characters at most
     */
    record CancelRequest(@NotBlank @Size(max = 500) String reason) {
    }
}
