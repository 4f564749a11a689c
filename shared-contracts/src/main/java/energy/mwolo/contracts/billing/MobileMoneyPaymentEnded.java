package energy.mwolo.contracts.billing;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A mobile-money request told by {@link MobileMoneyPaymentStarted} (same key: the request id) ended: {@code credited}
 * (the money is ours and was credited to the client: PaymentReceived follows on the same topic), {@code failed}
 * (the provider or the payer said no) or {@code expired} (no final answer in time). The hold on the client's
 * disconnection ends. Money that arrives late is still credited: a {@code failed} or {@code expired} request may
 * end a second time as {@code credited}; a {@code credited} one never ends again.
 */
@ContractPayload
public record MobileMoneyPaymentEnded(UUID requestId, UUID clientId, String outcome, Instant occurredAt) {

    public static final EventContract<MobileMoneyPaymentEnded> CONTRACT = new EventContract<>(
            "billing", "payment", "MobileMoneyPaymentEnded", 1, MobileMoneyPaymentEnded.class);

    public static final String CREDITED = "credited";
    public static final String FAILED = "failed";
    public static final String EXPIRED = "expired";
    public static final Set<String> OUTCOMES = Set.of(CREDITED, FAILED, EXPIRED);

    public MobileMoneyPaymentEnded {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(clientId, "clientId");
        BillingChecks.oneOf(OUTCOMES, outcome, "outcome");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
