package energy.mwolo.billing.mobilemoney.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@link MobileMoneyPayments} until the payments feature records them: the credit row stays the record of the money
 * received (table {@code mobile_money_credits}, with its id as the payment's idempotency key), from which payments
 * can be recorded later without loss or double counting.
 */
@Component
class CreditRowsOnly implements MobileMoneyPayments {

    private static final Logger log = LoggerFactory.getLogger(CreditRowsOnly.class);

    @Override
    public void credit(MobileMoneyCredit credit) {
        log.info("Mobile-money credit {} of {} for client {} ({} {}), not yet recorded as a payment",
                credit.creditId(), credit.amount(), credit.clientId(), credit.provider().code(),
                credit.providerTransactionId());
    }
}
