package energy.mwolo.billing.mobilemoney.paybill.model;

import energy.mwolo.billing.mobilemoney.model.Provider;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The paybill payments, one per provider transaction. */
public interface PaybillPayments {

    /**
     * Keeps a payment as first notified; false (nothing kept) when its provider transaction is already kept: a
     * duplicate notification, however concurrent, finds the first one's row.
     */
    boolean add(PaybillPayment payment);

    void update(PaybillPayment payment);

    Optional<PaybillPayment> find(Provider provider, String transactionId);

    Optional<PaybillPayment> find(UUID id);

    /** Row-locked until the transaction ends: two accountants assigning it take turns. */
    Optional<PaybillPayment> lock(UUID id);

    /** The parked ones, newest first. */
    List<PaybillPayment> parked(int limit);

    /**
     * The credit row of a credited payment (unique per provider transaction, shared with requested payments): false
     * when the transaction was already credited.
     */
    boolean addCredit(UUID creditId, PaybillPayment payment, Instant now);

    /** A payment parked unconfirmed whose next status query is due, and how many were made. */
    record DueCheck(UUID id, int checksMade) {
    }

    /**
     * Claims up to {@code limit} payments whose status query is due at {@code now}, oldest due first, until
     * {@code leaseUntil}: another worker, or this one after a crash, takes them again only once the lease runs out.
     */
    List<DueCheck> claimDue(Instant now, Instant leaseUntil, int limit);

    /** Records a status query made: the next one at {@code nextCheckAt}, or none (null). */
    void checked(UUID id, int checksMade, Instant nextCheckAt);
}
