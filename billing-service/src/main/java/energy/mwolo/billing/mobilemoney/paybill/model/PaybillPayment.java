package energy.mwolo.billing.mobilemoney.paybill.model;

import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.mobilemoney.model.Msisdn;
import energy.mwolo.billing.mobilemoney.model.Provider;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Money a customer sent to our paybill number under an account reference, one per provider transaction. Credited
 * when the reference names one client and the provider confirmed the payment; else parked (never lost, never
 * credited to a guess) until an accountant assigns it to a client, once: assigning it again is refused.
 */
public final class PaybillPayment {

    private final UUID id;
    private final Provider provider;
    private final String transactionId;
    private final String accountReference;
    private final Msisdn msisdn;
    private final Money amount;
    private final Long callbackId;
    private final Instant receivedAt;
    private PaybillStatus status;
    private ParkReason parkReason;
    private boolean confirmed;
    private UUID clientId;
    private UUID invoiceId;
    private Instant creditedAt;
    private UUID assignedBy;
    private Instant assignedAt;

    private PaybillPayment(UUID id, Provider provider, String transactionId, String accountReference, Msisdn msisdn,
                           Money amount, Long callbackId, Instant receivedAt, PaybillStatus status,
                           ParkReason parkReason, boolean confirmed, UUID clientId, UUID invoiceId,
                           Instant creditedAt, UUID assignedBy, Instant assignedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.transactionId = Objects.requireNonNull(transactionId, "transactionId");
        this.accountReference = Objects.requireNonNull(accountReference, "accountReference");
        this.msisdn = Objects.requireNonNull(msisdn, "msisdn");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.callbackId = callbackId;
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.parkReason = parkReason;
        this.confirmed = confirmed;
        this.clientId = clientId;
        this.invoiceId = invoiceId;
        this.creditedAt = creditedAt;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    /**
     * A payment as it is first notified: credited to the client its reference names when the provider confirmed
     * it, else parked with the reason.
     */
    public static PaybillPayment received(UUID id, Provider provider, String transactionId, String accountReference,
                                          Msisdn msisdn, Money amount, Long callbackId, AccountMatch match,
                                          boolean confirmed, Instant now) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A paybill payment brings a positive amount: " + amount);
        }
        PaybillPayment payment = new PaybillPayment(id, provider, transactionId, accountReference, msisdn, amount,
                callbackId, now, PaybillStatus.PARKED, ParkReason.UNCONFIRMED, false, null, null, null, null, null);
        if (confirmed) {
            payment.placeConfirmed(match, now);
        }
        return payment;
    }

    /**
     * Its provider confirmed it after it was parked unconfirmed: credited to the client its reference names now, else
     * parked as unmatched or ambiguous. False (nothing changes) unless it is still parked unconfirmed.
     */
    public boolean confirmedByProvider(AccountMatch match, Instant now) {
        if (!awaitsConfirmation()) {
            return false;
        }
        placeConfirmed(match, now);
        return true;
    }

    /**
     * Its provider reported it failed, or knows no such transaction, after it was parked unconfirmed: refused, never
     * credited. False (nothing changes) unless it is still parked unconfirmed.
     */
    public boolean refusedByProvider() {
        if (!awaitsConfirmation()) {
            return false;
        }
        status = PaybillStatus.REFUSED;
        parkReason = null;
        return true;
    }

    /** Parked because its provider has not confirmed it yet: the status queries are about it. */
    public boolean awaitsConfirmation() {
        return status == PaybillStatus.PARKED && !confirmed;
    }

    private void placeConfirmed(AccountMatch match, Instant now) {
        confirmed = true;
        if (match.kind() == AccountMatch.Kind.CLIENT) {
            credit(match.clientId(), match.invoiceId(), now);
        } else {
            parkReason = match.kind() == AccountMatch.Kind.AMBIGUOUS ? ParkReason.AMBIGUOUS : ParkReason.UNMATCHED;
        }
    }

    public static PaybillPayment restore(UUID id, Provider provider, String transactionId, String accountReference,
                                         Msisdn msisdn, Money amount, Long callbackId, Instant receivedAt,
                                         PaybillStatus status, ParkReason parkReason, boolean confirmed,
                                         UUID clientId, UUID invoiceId, Instant creditedAt, UUID assignedBy,
                                         Instant assignedAt) {
        return new PaybillPayment(id, provider, transactionId, accountReference, msisdn, amount, callbackId,
                receivedAt, status, parkReason, confirmed, clientId, invoiceId, creditedAt, assignedBy, assignedAt);
    }

    /** Its crediting failed (no exchange rate for a conversion...): parked so that an accountant assigns it later. */
    public static PaybillPayment notCredited(PaybillPayment payment) {
        return new PaybillPayment(payment.id, payment.provider, payment.transactionId, payment.accountReference,
                payment.msisdn, payment.amount, payment.callbackId, payment.receivedAt, PaybillStatus.PARKED,
                ParkReason.NOT_CREDITED, payment.confirmed, null, null, null, null, null);
    }

    /** The provider confirmed it since it was parked. */
    public void confirmed() {
        confirmed = true;
    }

    /**
     * An accountant credits a parked payment to {@code client}: refused once it is credited (409) and while the
     * provider has not confirmed it (409).
     */
    public void assign(UUID client, UUID actor, Instant now) {
        Objects.requireNonNull(client, "client");
        if (status == PaybillStatus.CREDITED) {
            throw new PaybillNotAssignable(id, "billing.mobile_money.paybill_already_assigned");
        }
        if (!confirmed) {
            throw new PaybillNotAssignable(id, "billing.mobile_money.paybill_unconfirmed");
        }
        credit(client, null, now);
        assignedBy = actor;
        assignedAt = now;
    }

    private void credit(UUID client, UUID invoice, Instant now) {
        status = PaybillStatus.CREDITED;
        parkReason = null;
        clientId = client;
        invoiceId = invoice;
        creditedAt = now;
    }

    public boolean isCredited() {
        return status == PaybillStatus.CREDITED;
    }

    public UUID id() {
        return id;
    }

    public Provider provider() {
        return provider;
    }

    public String transactionId() {
        return transactionId;
    }

    public String accountReference() {
        return accountReference;
    }

    public Msisdn msisdn() {
        return msisdn;
    }

    public Money amount() {
        return amount;
    }

    public Long callbackId() {
        return callbackId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public PaybillStatus status() {
        return status;
    }

    public ParkReason parkReason() {
        return parkReason;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public UUID clientId() {
        return clientId;
    }

    /** The open invoice its reference named, paid first; null: the client's oldest dues. */
    public UUID invoiceId() {
        return invoiceId;
    }

    public Instant creditedAt() {
        return creditedAt;
    }

    public UUID assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
    }
}
