package energy.mwolo.billing.mobilemoney.model;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The payment requests, and the ones whose status must be asked for. */
public interface MobileMoneyRequests {

    void add(MobileMoneyRequest request, Instant firstCheckAt);

    /** Saves its state; {@code nextCheckAt} null once it is final. */
    void update(MobileMoneyRequest request, Instant nextCheckAt);

    Optional<MobileMoneyRequest> find(UUID id);

    /** The request, row-locked until the transaction ends: callbacks and status queries take turns. */
    Optional<MobileMoneyRequest> lock(UUID id);

    /**
     * Row-locks these requests until the transaction ends, in id order: a transaction settling several takes them all
     * before anything else (invoices, payments), so that it queues behind, and never deadlocks with, another that
     * settles some of them.
     */
    void lockInIdOrder(Collection<UUID> ids);

    Optional<MobileMoneyRequest> findByReference(String reference);

    Optional<MobileMoneyRequest> findByNotifToken(String notifToken);

    /**
     * Claims up to {@code limit} requests whose next status query is due, oldest first: their next check moves to
     * {@code leaseUntil}, so another replica does not ask at the same time and a crash only delays the query.
     */
    List<DueCheck> claimDue(Instant now, Instant leaseUntil, int limit);

    /** Records a status query made: {@code checksMade} so far, the next one at {@code nextCheckAt} (null: none). */
    void checked(UUID id, int checksMade, Instant nextCheckAt);

    /** One status query to make: the request and how many were made before. */
    record DueCheck(UUID requestId, int checksMade) {
    }
}
