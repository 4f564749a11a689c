package energy.mwolo.billing.mobilemoney.paybill.application;

import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.mobilemoney.application.MobileMoneySettings;
import energy.mwolo.billing.mobilemoney.application.ProviderGateway;
import energy.mwolo.billing.mobilemoney.model.Provider;
import energy.mwolo.billing.mobilemoney.model.ProviderReport;
import energy.mwolo.billing.mobilemoney.model.ProviderReport.Outcome;
import energy.mwolo.billing.mobilemoney.paybill.model.AccountReferences;
import energy.mwolo.billing.mobilemoney.paybill.model.PaybillPayment;
import energy.mwolo.billing.mobilemoney.paybill.model.PaybillPayments;
import energy.mwolo.billing.mobilemoney.paybill.model.PaybillPayments.DueCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Paybill payments parked unconfirmed (their provider could not be asked when they were notified) are asked about
 * again at the mobile-money status-query delays after their arrival ({@code checks}: 30 s, 2 min, 10 min, 1 h, 24 h
 * by default), claimed under a lease so that replicas share them and a crash only delays one. The provider's answer
 * decides: a success for the notified amount credits the payment to the client its reference names (else parks it as
 * unmatched or ambiguous for an accountant); a failure, or a transaction it does not know, refuses it; no answer, or
 * another amount, waits for the next query. After the last one it stays parked unconfirmed: an accountant's
 * assignment asks once more. The provider is asked outside any transaction; crediting is once per provider
 * transaction, whoever gets there first.
 */
@Service
public class ConfirmingPaybill {

    private static final Logger log = LoggerFactory.getLogger(ConfirmingPaybill.class);
    private static final int BATCH = 50;
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final PaybillPayments paybills;
    private final AccountReferences references;
    private final PaybillCrediting crediting;
    private final Map<Provider, ProviderGateway> gateways = new EnumMap<>(Provider.class);
    private final TransactionTemplate transactions;
    private final BusinessTime time;
    private final List<Duration> checks;

    ConfirmingPaybill(PaybillPayments paybills, AccountReferences references, PaybillCrediting crediting,
                      List<ProviderGateway> gateways, TransactionTemplate transactions, BusinessTime time,
                      MobileMoneySettings settings) {
        this.paybills = paybills;
        this.references = references;
        this.crediting = crediting;
        gateways.forEach(gateway -> this.gateways.put(gateway.provider(), gateway));
        this.transactions = transactions;
        this.time = time;
        this.checks = settings.checks();
    }

    @Scheduled(fixedDelayString = "${mwolo.billing.mobile-money.check-poll:10s}",
            initialDelayString = "${mwolo.billing.mobile-money.check-poll:10s}")
    public void checkDue() {
        Instant now = time.now();
        List<DueCheck> due = transactions.execute(status -> paybills.claimDue(now, now.plus(LEASE), BATCH));
        for (DueCheck check : due) {
            try {
                check(check);
            } catch (RuntimeException e) {
                log.warn("Status query of paybill payment {} failed; asked again after its lease", check.id(), e);
            }
        }
    }

    private void check(DueCheck check) {
        Optional<PaybillPayment> found = paybills.find(check.id());
        int made = check.checksMade() + 1;
        if (found.isEmpty() || !found.get().awaitsConfirmation()) {
            // Assigned or confirmed meanwhile (an accountant, a later notification): nothing left to ask.
            paybills.checked(check.id(), check.checksMade(), null);
            return;
        }
        PaybillPayment payment = found.get();
        Optional<ProviderReport> report = gateways.get(payment.provider()).transactionStatus(payment.transactionId());
        if (report.isPresent() && report.get().outcome() == Outcome.FAILED) {
            transactions.executeWithoutResult(status -> refuse(payment, made, report.get()));
            return;
        }
        if (report.isPresent() && report.get().outcome() == Outcome.SUCCEEDED
                && sameOrUnsaid(report.get().amount(), payment.amount())) {
            confirm(payment, made);
            return;
        }
        if (report.isPresent() && report.get().outcome() == Outcome.SUCCEEDED) {
            log.warn("Provider {} reports {} for paybill payment {}, notified {}: left unconfirmed for an accountant",
                    payment.provider().code(), report.get().amount(), payment.transactionId(), payment.amount());
        }
        paybills.checked(payment.id(), made,
                made < checks.size() ? payment.receivedAt().plus(checks.get(made)) : null);
    }

    private void refuse(PaybillPayment seen, int made, ProviderReport report) {
        PaybillPayment payment = paybills.lock(seen.id()).orElseThrow();
        if (payment.refusedByProvider()) {
            paybills.update(payment);
            log.warn("Provider {} reports paybill payment {} failed ({}): refused, nothing credited",
                    payment.provider().code(), payment.transactionId(), report.reason());
        }
        paybills.checked(payment.id(), made, null);
    }

    private void confirm(PaybillPayment seen, int made) {
        try {
            transactions.executeWithoutResult(status -> confirmLocked(seen.id(), made, true));
        } catch (RuntimeException e) {
            log.warn("Paybill payment {} of {} confirmed but not credited; parked for an accountant",
                    seen.transactionId(), seen.provider().code(), e);
            transactions.executeWithoutResult(status -> confirmLocked(seen.id(), made, false));
        }
    }

    /**
     * Under the row's lock: confirmed and placed by its reference; credited when it names one client, unless
     * crediting already failed ({@code credit} false), then parked {@code not_credited}.
     */
    private void confirmLocked(UUID id, int made, boolean credit) {
        PaybillPayment payment = paybills.lock(id).orElseThrow();
        if (payment.confirmedByProvider(references.match(payment.accountReference()), time.now())) {
            PaybillPayment placed = payment.isCredited() && !credit ? PaybillPayment.notCredited(payment) : payment;
            paybills.update(placed);
            if (placed.isCredited()) {
                crediting.credit(placed);
            }
        }
        paybills.checked(id, made, null);
    }

    private static boolean sameOrUnsaid(Money reported, Money notified) {
        return reported == null || (reported.currency() == notified.currency() && reported.compareTo(notified) == 0);
    }
}
