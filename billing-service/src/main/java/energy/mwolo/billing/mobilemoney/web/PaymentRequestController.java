package energy.mwolo.billing.mobilemoney.web;

import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.billing.mobilemoney.application.ReadingRequests;
import energy.mwolo.billing.mobilemoney.application.RequestingPayment;
import energy.mwolo.billing.mobilemoney.application.RequestingPayment.NewRequest;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequest;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
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
     * A request to collect an amount from a customer's mobile money account; the customer confirms it on the phone.
     *
     * @param client   the CRM client who pays: required from staff; a customer may leave it out (it pays for its own
     *                 client, never another's)
     * @param amount   the amount to collect, positive, 2 decimals at most ({@code 12500.00})
     * @param currency {@code CDF} or {@code USD}
     * @param msisdn   the payer's Congolese mobile number (+243 and 9 digits), typed in any usual form
     *                 ({@code +243 812 345 678}, {@code 0812345678}); its operator must be one the provider serves
     * @param provider who collects: {@code mpesa}, {@code airtel}, {@code orange} or {@code aggregator}; left out,
     *                 the one serving the number's operator (a number of unknown operator then needs it)
     * @param invoices the client's open invoices to pay, in that order, each named once; left out, the client's
     *                 oldest dues are paid first and the rest is credit
     */
    record PaymentRequestBody(UUID client, BigDecimal amount, String currency, String msisdn, String provider,
                              List<UUID> invoices) {
    }

    /**
     * A mobile money payment request and how it stands. It is {@code pending} until the provider ends it; a success
     * becomes a confirmed {@code mobile_money} payment of the client.
     *
     * @param id                    the request's id
     * @param reference             our unique reference for it, given to the provider ({@code MM} and 20 characters)
     * @param client                the CRM client who pays
     * @param amount                the amount asked, a decimal string ({@code "12500.00"})
     * @param currency              {@code CDF} or {@code USD}
     * @param provider              who collects: {@code mpesa}, {@code airtel}, {@code orange} or {@code aggregator}
     * @param msisdn                the payer's number, E.164 ({@code "+243812345678"})
     * @param invoices              the invoices the payment goes to first, in that order; empty: the client's oldest
     *                              dues
     * @param status                {@code pending}, {@code succeeded} (the money is ours), {@code failed} (refused by
     *                              the provider or declined by the customer) or {@code expired} (no final answer
     *                              after the last status query); a late success still turns it {@code succeeded}
     * @param failureReason         the provider's reason for a failure, or why it expired; null otherwise
     * @param providerTransactionId the provider's transaction id; null until the provider gives one
     * @param createdAt             when it was requested, ISO-8601 UTC
     * @param completedAt           when it became final, ISO-8601 UTC; null while pending
     */
    record RequestResponse(UUID id, String reference, UUID client, @Schema(format = "decimal") String amount,
                           String currency, String provider,
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
