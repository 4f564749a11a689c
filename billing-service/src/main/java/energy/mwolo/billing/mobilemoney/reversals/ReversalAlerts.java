package energy.mwolo.billing.mobilemoney.reversals;

import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.contracts.billing.MobileMoneyReversalReported;
import energy.mwolo.platform.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider says a payment we credited failed or was reversed. The credit and its payment stay (money a provider
 * said was ours may have been spent on invoices, and the report may be wrong): the first report of a provider
 * transaction is recorded in {@code mobile_money_reversals}, counted in {@code billing.mobile_money.reversals_reported}
 * (tag {@code provider}), logged as an error and published as MobileMoneyReversalReported for staff, all in the
 * caller's transaction; repeats change nothing.
 */
@Service
public class ReversalAlerts {

    private static final Logger log = LoggerFactory.getLogger(ReversalAlerts.class);

    private final ReversalBook book;
    private final Outbox outbox;
    private final MeterRegistry meters;
    private final BusinessTime time;

    ReversalAlerts(ReversalBook book, Outbox outbox, MeterRegistry meters, BusinessTime time) {
        this.book = book;
        this.outbox = outbox;
        this.meters = meters;
        this.time = time;
    }

    /** A failure reported for request {@code requestId} after its success was credited. True when first told. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean reportedForRequest(UUID requestId, String reason, Long callbackId) {
        return reported(book.creditOfRequest(requestId), reason, callbackId);
    }

    /** A failure or reversal reported for a paybill payment already credited. True when first told. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean reportedForPaybill(UUID paybillId, String reason, Long callbackId) {
        return reported(book.creditOfPaybill(paybillId), reason, callbackId);
    }

    private boolean reported(Optional<CreditReported> found, String reason, Long callbackId) {
        if (found.isEmpty()) {
            return false;
        }
        CreditReported credit = found.get();
        Instant now = time.now();
        if (!book.record(credit, reason, callbackId, now)) {
            return false;
        }
        meters.counter("billing.mobile_money.reversals_reported", "provider", credit.provider().code()).increment();
        log.error("Provider {} reports {} for transaction {} already credited as payment {}: not reversed, to review",
                credit.provider().code(), reason, credit.transactionId(), credit.paymentNumber());
        outbox.publish(MobileMoneyReversalReported.CONTRACT, credit.paymentId().toString(),
                new MobileMoneyReversalReported(credit.paymentId(), credit.paymentNumber(), credit.clientId(),
                        credit.requestId(), credit.payer(), credit.transactionId(), credit.amount().amount(),
                        credit.amount().currency().name(), reason, now));
        return true;
    }
}
