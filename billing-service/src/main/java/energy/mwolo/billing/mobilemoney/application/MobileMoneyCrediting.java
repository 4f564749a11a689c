package energy.mwolo.billing.mobilemoney.application;

import energy.mwolo.billing.mobilemoney.application.MobileMoneyPayments.MobileMoneyCredit;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyCredits;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequest;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequestNotFound;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequests;
import energy.mwolo.billing.mobilemoney.model.Verdict;
import energy.mwolo.platform.outbox.Uuids;
import energy.mwolo.billing.kernel.BusinessTime;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where a verified success becomes money: in one transaction, the credit row (unique per provider
 * transaction and per request), the request marked succeeded and the payment recorded behind
 * {@link MobileMoneyPayments}. A second report of the same success, from a duplicate callback, a replay or a status
 * query, finds the row and changes nothing. A crash before commit leaves nothing: the next report or status query
 * credits it.
 */
@Service
public class MobileMoneyCrediting {

    private final MobileMoneyRequests requests;
    private final MobileMoneyCredits credits;
    private final MobileMoneyPayments payments;
    private final BusinessTime time;

    MobileMoneyCrediting(MobileMoneyRequests requests, MobileMoneyCredits credits, MobileMoneyPayments payments,
                         BusinessTime time) {
        this.requests = requests;
        this.credits = credits;
        this.payments = payments;
        this.time = time;
    }

    /** Credits a verified success of request {@code requestId}: {@link Verdict#CREDITED} or ALREADY_CREDITED. */
    @Transactional
    public Verdict credit(UUID requestId, String providerTransactionId, Long callbackId) {
        MobileMoneyRequest request = requests.lock(requestId)
                .orElseThrow(() -> new MobileMoneyRequestNotFound(requestId));
        Instant now = time.now();
        UUID creditId = Uuids.timeOrdered();
        if (!credits.add(creditId, request, providerTransactionId, callbackId, now)) {
            return Verdict.ALREADY_CREDITED;
        }
        request.succeed(providerTransactionId, now);
        requests.update(request, null);
        payments.credit(new MobileMoneyCredit(creditId, request.id(), request.reference(), request.clientId(),
                request.amount(), request.invoiceIds(), request.provider(), providerTransactionId, request.msisdn(),
                now));
        return Verdict.CREDITED;
    }
}
