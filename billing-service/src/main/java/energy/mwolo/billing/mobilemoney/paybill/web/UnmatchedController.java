package energy.mwolo.billing.mobilemoney.paybill.web;

import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.billing.mobilemoney.paybill.application.AssigningPaybill;
import energy.mwolo.billing.mobilemoney.paybill.application.BrowsingUnmatched;
import energy.mwolo.billing.mobilemoney.paybill.model.PaybillPayment;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
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

    record AssignBody(UUID client) {
    }

    /** {@code reason} while parked: {@code unmatched}, {@code ambiguous}, {@code unconfirmed}, {@code not_credited}. */
    record PaybillResponse(UUID id, String provider, String providerTransactionId, String accountReference,
                           String msisdn, String amount, String currency, String status, String reason,
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
