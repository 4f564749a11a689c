package energy.mwolo.billing.payments.web;

import energy.mwolo.billing.payments.application.AllocatingCredit;
import energy.mwolo.billing.payments.application.BrowsingPayments;
import energy.mwolo.billing.payments.application.ConfirmingPayment;
import energy.mwolo.billing.payments.application.PaymentQuery;
import energy.mwolo.billing.payments.application.PaymentSummary;
import energy.mwolo.billing.payments.application.RecordingPayment;
import energy.mwolo.billing.payments.model.Payment;
import energy.mwolo.billing.payments.model.PaymentId;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments: filters {@code client}, {@code status}, {@code method}, {@code from}, {@code to} (received days).
 * Recording (cash and card confirmed at once), confirming or failing a bank transfer, putting credit on an invoice.
 * Every write takes an Idempotency-Key.
 */
@RestController
@RequestMapping("/api/billing/payments")
class PaymentController {

    private static final String PATH = "/api/billing/payments/";

    private final BrowsingPayments browsing;
    private final RecordingPayment recording;
    private final ConfirmingPayment confirming;
    private final AllocatingCredit allocating;

    PaymentController(BrowsingPayments browsing, RecordingPayment recording, ConfirmingPayment confirming,
                      AllocatingCredit allocating) {
        this.browsing = browsing;
        this.recording = recording;
        this.confirming = confirming;
        this.allocating = allocating;
    }

    @Operation(summary = "Lister les paiements")
    @GetMapping({"", "/"})
    PageResponse<SummaryResponse> list(@RequestParam(required = false) UUID client,
                                       @RequestParam(required = false) String status,
                                       @RequestParam(required = false) String method,
                                       @RequestParam(required = false) LocalDate from,
                                       @RequestParam(required = false) LocalDate to,
                                       PageQuery page, CurrentUser user) {
        PaymentQuery query = browsing.query(client, status, method, from, to, user);
        return PageResponse.of(page, browsing.count(query), browsing.find(query, page.offset(), page.limit()))
                .map(SummaryResponse::from);
    }

    @Operation(summary = "Consulter un paiement")
    @GetMapping({"/{id}", "/{id}/"})
    PaymentResponse get(@PathVariable UUID id, CurrentUser user) {
        return respond(browsing.show(id, user));
    }

    @Operation(summary = "Enregistrer un paiement (espèces, virement, carte)")
    @PostMapping({"", "/"})
    @Idempotent(required = true)
    ResponseEntity<PaymentResponse> record(@RequestBody @Valid RecordRequest request, CurrentUser user) {
        Payment payment = recording.record(new RecordingPayment.Entry(request.client(), request.amount(),
                request.currency(), request.method(), request.receivedOn(), request.reference(), request.invoices(),
                request.contract()), user);
        return ResponseEntity.created(URI.create(PATH + payment.id() + "/")).body(respond(payment));
    }

    @Operation(summary = "Confirmer un paiement en attente")
    @PostMapping({"/{id}/confirm", "/{id}/confirm/"})
    @Idempotent(required = true)
    PaymentResponse confirm(@PathVariable UUID id, CurrentUser user) {
        return respond(confirming.confirm(new PaymentId(id), user));
    }

    /** @param reason why the bank refused it: a code of PaymentFailed's reasons */
    @Operation(summary = "Déclarer un paiement en attente échoué")
    @PostMapping({"/{id}/fail", "/{id}/fail/"})
    @Idempotent(required = true)
    PaymentResponse fail(@PathVariable UUID id, @RequestBody @Valid FailRequest request, CurrentUser user) {
        return respond(confirming.fail(new PaymentId(id), request.reason(), user));
    }

    /** Puts {@code amount} (the payment's currency) of the payment's remaining credit on {@code invoice}. */
    @Operation(summary = "Imputer le crédit d'un paiement sur une facture")
    @PostMapping({"/{id}/allocations", "/{id}/allocations/"})
    @Idempotent(required = true)
    ResponseEntity<PaymentResponse> allocate(@PathVariable UUID id, @RequestBody @Valid AllocateRequest request,
                                             CurrentUser user) {
        allocating.allocate(new PaymentId(id), request.invoice(), request.amount(), user);
        return ResponseEntity.status(201).body(get(id, user));
    }

    private PaymentResponse respond(Payment payment) {
        return PaymentResponse.from(payment, browsing.invoicesOf(payment));
    }

    /**
     * Money an accountant received at the counter or that the bank announced. Cash and card count at once and are
     * put on invoices; a bank transfer stays {@code pending} until confirmed or failed.
     *
     * @param client     the CRM client who paid; required
     * @param amount     the amount received, positive, 2 decimals at most ({@code 12500.00})
     * @param currency   {@code CDF} or {@code USD}; invoices in the other currency are paid at the received day's rate
     * @param method     {@code cash}, {@code bank_transfer} or {@code card} (mobile money comes from the providers)
     * @param receivedOn the day the money was received, ISO {@code yyyy-MM-dd}, not in the future; required
     * @param reference  the bank's or card acquirer's reference, 100 characters at most; optional
     * @param invoices   open invoices of the client to pay, in this order, each named once, 50 at most; without them
     *                   the contract's (or client's) oldest due first; what is left becomes the client's credit
     * @param contract   a CRM contract of the client whose invoices to pay when no invoice is named; optional
     */
    record RecordRequest(UUID client, BigDecimal amount, String currency, String method, LocalDate receivedOn,
                         @Size(max = 100) String reference, @Size(max = 50) List<UUID> invoices, UUID contract) {
    }

    /**
     * Why the bank did not pay a pending payment (a bank transfer); nothing of it counts.
     *
     * @param reason {@code insufficient_funds}, {@code cancelled_by_payer}, {@code declined}, {@code invalid_account},
     *               {@code expired}, {@code provider_error} or {@code other}
     */
    record FailRequest(String reason) {
    }

    /**
     * Part of a confirmed payment's remaining credit to put on one invoice.
     *
     * @param invoice an open invoice of the payment's client; required
     * @param amount  what leaves the payment's credit, in the payment's currency, positive, 2 decimals at most; not
     *                above the credit, nor (converted at the payment's rate when the invoice is in the other currency)
     *                above the invoice's balance
     */
    record AllocateRequest(UUID invoice, BigDecimal amount) {
    }

    /**
     * A payment in a list, newest received first; amounts are decimal strings in {@code currency}
     * ({@code "12500.00"}). A customer's list shows its own client's payments only.
     *
     * @param id         the payment's id
     * @param number     its number, {@code PAY-<YYYY>-<NNNNNN>}
     * @param client     the CRM client who paid
     * @param amount     the amount received
     * @param currency   {@code CDF} or {@code USD}
     * @param method     {@code cash}, {@code bank_transfer}, {@code card} or {@code mobile_money}
     * @param status     {@code pending}, {@code confirmed} or {@code failed}; only confirmed money counts
     * @param receivedOn the Africa/Kinshasa day the money was received, ISO {@code yyyy-MM-dd}
     * @param reference  the bank's or card acquirer's reference; null when none was given (always for mobile money)
     * @param credit     what it still holds for the client, not put on any invoice; {@code "0.00"} unless confirmed
     */
    record SummaryResponse(UUID id, String number, UUID client, @Schema(format = "decimal") String amount,
                           String currency, String method,
                           String status, LocalDate receivedOn, String reference,
                           @Schema(format = "decimal") String credit) {

        static SummaryResponse from(PaymentSummary summary) {
            return new SummaryResponse(summary.id(), summary.number(), summary.clientId(), summary.amount().text(),
                    summary.amount().currency().name(), summary.method(), summary.status(), summary.receivedOn(),
                    summary.reference(), summary.credit().text());
        }
    }
}
