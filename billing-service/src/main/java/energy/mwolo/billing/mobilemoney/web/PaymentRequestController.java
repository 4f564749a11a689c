package energy.mwolo.billing.mobilemoney.web;

import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.billing.mobilemoney.application.ReadingRequests;
import energy.mwolo.billing.mobilemoney.application.RequestingPayment;
import energy.mwolo.billing.mobilemoney.application.RequestingPayment.NewRequest;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequest;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payment requests: a customer pays from its phone, or an accountant asks on a client's behalf. The answer is 202:
 * the customer still has to confirm on the phone; the request's Location tells how it ends.
 */
@RestController
@RequestMapping("/api/billing/mobile-money/requests")
class PaymentRequestController {

    private final RequestingPayment requesting;
    private final ReadingRequests reading;

    PaymentRequestController(RequestingPayment requesting, ReadingRequests reading) {
        this.requesting = requesting;
        this.reading = reading;
    }

    @Operation(summary = "Demander un paiement mobile money")
    @PostMapping({"", "/"})
    @Idempotent(required = true)
    ResponseEntity<RequestResponse> request(@RequestBody PaymentRequestBody body, CurrentUser user) {
        MobileMoneyRequest request = requesting.request(new NewRequest(body.client(), body.amount(), body.currency(),
                body.msisdn(), body.provider(), body.invoices()), user);
        return ResponseEntity.accepted()
                .location(URI.create("/api/billing/mobile-money/requests/" + request.id() + "/"))
                .body(RequestResponse.from(request));
    }

    @Operation(summary = "Suivre une demande de paiement mobile money")
    @GetMapping({"/{id}", "/{id}/"})
    RequestResponse find(@PathVariable UUID id, CurrentUser user) {
        return RequestResponse.from(reading.find(id, user));
    }

    /**
     * @param client   staff name the client; a customer may leave it out
     * @param provider {@code mpesa}, {@code airtel}, {@code orange}, {@code aggregator}; left out: the number's
     * @param invoices left out: the client's balance
     */
    record PaymentRequestBody(UUID client, BigDecimal amount, String currency, String msisdn, String provider,
                              List<UUID> invoices) {
    }

    record RequestResponse(UUID id, String reference, UUID client, String amount, String currency, String provider,
                           String msisdn, List<UUID> invoices, String status, String failureReason,
                           String providerTransactionId, Instant createdAt, Instant completedAt) {

        static RequestResponse from(MobileMoneyRequest request) {
            return new RequestResponse(request.id(), request.reference(), request.clientId(),
                    request.amount().text(), request.amount().currency().name(), request.provider().code(),
                    request.msisdn().e164(), request.invoiceIds(), Codes.of(request.status()),
                    request.failureReason(), request.providerIds().transactionId(), request.createdAt(),
                    request.completedAt());
        }
    }
}
