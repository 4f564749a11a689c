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

    /** @param invoices paid in this order; without them the contract's (or client's) oldest due first */
    record RecordRequest(UUID client, BigDecimal amount, String currency, String method, LocalDate receivedOn,
                         @Size(max = 100) String reference, @Size(max = 50) List<UUID> invoices, UUID contract) {
    }

    record FailRequest(String reason) {
    }

    record AllocateRequest(UUID invoice, BigDecimal amount) {
    }

    record SummaryResponse(UUID id, String number, UUID client, String amount, String currency, String method,
                           String status, LocalDate receivedOn, String reference, String credit) {

        static SummaryResponse from(PaymentSummary summary) {
            return new SummaryResponse(summary.id(), summary.number(), summary.clientId(), summary.amount().text(),
                    summary.amount().currency().name(), summary.method(), summary.status(), summary.receivedOn(),
                    summary.reference(), summary.credit().text());
        }
    }
}
