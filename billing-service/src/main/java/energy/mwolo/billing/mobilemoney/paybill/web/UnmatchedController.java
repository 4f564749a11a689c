package energy.mwolo.billing.mobilemoney.paybill.web;

import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.billing.mobilemoney.paybill.application.AssigningPaybill;
import energy.mwolo.billing.mobilemoney.paybill.application.BrowsingUnmatched;
import energy.mwolo.billing.mobilemoney.paybill.model.PaybillPayment;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Paybill payments parked for an accountant, and their assignment to a client. */
@RestController
@RequestMapping("/api/billing/mobile-money/unmatched")
class UnmatchedController {

    private final BrowsingUnmatched browsing;
    private final AssigningPaybill assigning;

    UnmatchedController(BrowsingUnmatched browsing, AssigningPaybill assigning) {
        this.browsing = browsing;
        this.assigning = assigning;
    }

    @Operation(summary = "Lister les paiements mobile money sans client reconnu")
    @GetMapping({"", "/"})
    List<PaybillResponse> parked(CurrentUser user) {
        return browsing.parked(user).stream().map(PaybillResponse::from).toList();
    }

    @Operation(summary = "Attribuer un paiement mobile money en attente à un client")
    @PostMapping({"/{id}/assign", "/{id}/assign/"})
    PaybillResponse assign(@PathVariable UUID id, @RequestBody AssignBody body, CurrentUser user) {
        return PaybillResponse.from(assigning.assign(id, body == null ? null : body.client(), user));
    }

    /**
     * The client a parked paybill payment is credited to; the money then goes to that client's oldest dues.
     *
     * @param client the CRM client to credit; required
     */
    record AssignBody(UUID client) {
    }

    /**
     * Money a customer sent to our paybill number under an account reference, without a request of ours. It is
     * credited when the reference names one client and the provider confirmed it; else it is parked until an
     * accountant assigns it. The list shows parked ones, newest first, 500 at most.
     *
     * @param id                    the paybill payment's id, as the assign path takes it
     * @param provider              who collected it: {@code mpesa}, {@code airtel}, {@code orange} or
     *                              {@code aggregator}
     * @param providerTransactionId the provider's transaction id, unique per provider
     * @param accountReference      the account reference as the customer typed it, meant to be a client number
     *                              ({@code CL-2026-000045}) or an invoice number ({@code FAC-2026-000123})
     * @param msisdn                the payer's phone number, E.164 ({@code "+243812345678"})
     * @param amount                the amount received, a decimal string ({@code "12500.00"})
     * @param currency              {@code CDF} or {@code USD}
     * @param status                {@code parked} (waiting for an accountant), {@code credited} (once) or
     *                              {@code refused} (the provider reported it failed or unknown: nothing to credit)
     * @param reason                why it is parked: {@code unmatched} (the reference names no client nor invoice),
     *                              {@code ambiguous} (it names several clients), {@code unconfirmed} (the provider has
     *                              not confirmed it yet) or {@code not_credited} (crediting failed, e.g. no exchange
     *                              rate for a conversion); null unless parked
     * @param confirmed             true once the provider confirmed the payment succeeded
     * @param client                the CRM client credited; null until credited
     * @param invoice               the open invoice its reference named, paid first; null when the reference named
     *                              a client, or the payment was assigned by an accountant
     * @param receivedAt            when the provider's notification of it reached us, ISO-8601 UTC
     * @param creditedAt            when it was credited, ISO-8601 UTC; null until credited
     * @param assignedBy            the identity user id of the accountant who assigned it; null unless assigned by hand
     * @param assignedAt            when it was assigned, ISO-8601 UTC; null unless assigned by hand
     */
    record PaybillResponse(UUID id, String provider, String providerTransactionId, String accountReference,
                           String msisdn, @Schema(format = "decimal") String amount, String currency, String status,
                           String reason,
                           boolean confirmed, UUID client, UUID invoice, Instant receivedAt, Instant creditedAt,
                           UUID assignedBy, Instant assignedAt) {

        static PaybillResponse from(PaybillPayment payment) {
            return new PaybillResponse(payment.id(), payment.provider().code(), payment.transactionId(),
                    payment.accountReference(), payment.msisdn().e164(), payment.amount().text(),
                    payment.amount().currency().name(), Codes.of(payment.status()),
                    payment.parkReason() == null ? null : Codes.of(payment.parkReason()), payment.isConfirmed(),
                    payment.clientId(), payment.invoiceId(), payment.receivedAt(), payment.creditedAt(),
                    payment.assignedBy(), payment.assignedAt());
        }
    }
}
