package energy.mwolo.billing.mobilemoney.paybill.application;

import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.mobilemoney.application.CallbackReading;
import energy.mwolo.billing.mobilemoney.application.MobileMoneySettings;
import energy.mwolo.billing.mobilemoney.application.ProviderGateway;
import energy.mwolo.billing.mobilemoney.application.RawCallback;
import energy.mwolo.billing.mobilemoney.model.Msisdn;
import energy.mwolo.billing.mobilemoney.model.Provider;
import energy.mwolo.billing.mobilemoney.model.ProviderReport;
import energy.mwolo.billing.mobilemoney.model.ProviderReport.Outcome;
import energy.mwolo.billing.mobilemoney.model.Verdict;
import energy.mwolo.billing.mobilemoney.paybill.model.AccountMatch;
import energy.mwolo.billing.mobilemoney.paybill.model.AccountReferences;
import energy.mwolo.billing.mobilemoney.paybill.model.PaybillPayment;
import energy.mwolo.billing.mobilemoney.paybill.model.PaybillPayments;
import energy.mwolo.billing.mobilemoney.reversals.ReversalAlerts;
import energy.mwolo.platform.outbox.Uuids;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A paybill notification (stored, read and authenticated by its provider's adapter already): a customer paid our
 * paybill number naming an account. Kept once per provider transaction; confirmed by a status query of the
 * transaction (never on the notification's word: M-Pesa does not sign, and a forged notification must not
 * credit), the amount compared when the provider's answer carries one; matched to the client the account names
 * (an invoice number: its client, the invoice paid first while open; a client number) and credited, else parked
 * for an accountant: unmatched, ambiguous, unconfirmed (the provider could not be asked; {@link ConfirmingPaybill}
 * asks again later) or not credited (crediting failed). A failure reported for a credited one raises a reversal
 * alert. The provider is asked outside any transaction.
 */
@Service
public class ReceivingPaybill {

    private static final Logger log = LoggerFactory.getLogger(ReceivingPaybill.class);

    private final PaybillPayments paybills;
    private final AccountReferences references;
    private final PaybillCrediting crediting;
    private final ReversalAlerts reversals;
    private final TransactionTemplate transactions;
    private final BusinessTime time;
    private final Duration firstCheck;

    ReceivingPaybill(PaybillPayments paybills, AccountReferences references, PaybillCrediting crediting,
                     ReversalAlerts reversals, TransactionTemplate transactions, BusinessTime time,
                     MobileMoneySettings settings) {
        this.paybills = paybills;
        this.references = references;
        this.crediting = crediting;
        this.reversals = reversals;
        this.transactions = transactions;
        this.time = time;
        this.firstCheck = settings.checks().get(0);
    }

    /** What was made of a notification: the verdict stored with the callback, and a detail for staff. */
    public record Judged(Verdict verdict, String detail) {
    }

    public Judged judge(long callbackId, RawCallback callback, CallbackReading reading, ProviderGateway gateway) {
        Provider provider = callback.provider();
        ProviderReport report = reading.report();
        if (report == null || report.transactionId() == null || report.transactionId().isBlank()) {
            return new Judged(Verdict.UNREADABLE, "no transaction id");
        }
        Optional<PaybillPayment> known = paybills.find(provider, report.transactionId());
        if (report.outcome() == Outcome.FAILED) {
            return failed(known, report, callbackId);
        }
        if (report.outcome() == Outcome.PENDING) {
            return new Judged(Verdict.PENDING, report.reason());
        }
        if (known.isPresent()) {
            return repeated(known.get());
        }
        Optional<Msisdn> payer = gateway.payer(callback);
        if (reading.reference() == null || reading.reference().isBlank() || report.amount() == null
                || !report.amount().isPositive() || payer.isEmpty()) {
            return new Judged(Verdict.UNREADABLE, "no account reference, amount or paying number");
        }
        Optional<ProviderReport> status = gateway.transactionStatus(report.transactionId());
        if (status.isPresent() && status.get().outcome() == Outcome.FAILED) {
            return new Judged(Verdict.UNCONFIRMED, "status query: " + status.get().reason());
        }
        Money asked = status.map(ProviderReport::amount).orElse(null);
        if (asked != null && !sameMoney(asked, report.amount())) {
            return new Judged(Verdict.UNCONFIRMED, "status query reports " + asked + ", notified "
                    + report.amount());
        }
        boolean confirmed = status.isPresent() && status.get().outcome() == Outcome.SUCCEEDED;
        AccountMatch match = references.match(reading.reference());
        PaybillPayment payment = PaybillPayment.received(Uuids.timeOrdered(), provider, report.transactionId(),
                reading.reference().strip(), payer.get(), report.amount(), callbackId, match, confirmed, time.now());
        try {
            return transactions.execute(tx -> keep(payment));
        } catch (RuntimeException e) {
            if (!payment.isCredited()) {
                throw e;
            }
            log.warn("Paybill payment {} of {} matched but not credited; parked for an accountant",
                    payment.transactionId(), provider.code(), e);
            return transactions.execute(tx -> keep(PaybillPayment.notCredited(payment)));
        }
    }

    private Judged keep(PaybillPayment payment) {
        if (!paybills.add(payment)) {
            return repeated(paybills.find(payment.provider(), payment.transactionId()).orElseThrow());
        }
        if (payment.isCredited()) {
            crediting.credit(payment);
            return new Judged(Verdict.CREDITED, payment.accountReference());
        }
        if (payment.awaitsConfirmation()) {
            paybills.checked(payment.id(), 0, payment.receivedAt().plus(firstCheck));
        }
        return new Judged(Verdict.HELD_PAYBILL, Codes.of(payment.parkReason()) + ": "
                + payment.accountReference());
    }

    private Judged failed(Optional<PaybillPayment> known, ProviderReport report, long callbackId) {
        if (known.isPresent() && known.get().isCredited()) {
            transactions.executeWithoutResult(tx -> reversals.reportedForPaybill(known.get().id(), report.reason(),
                    callbackId));
            return new Judged(Verdict.CONTRADICTS_SUCCESS, report.reason());
        }
        return new Judged(Verdict.FAILED, report.reason());
    }

    private static Judged repeated(PaybillPayment payment) {
        return payment.isCredited() ? new Judged(Verdict.ALREADY_CREDITED, payment.accountReference())
                : new Judged(Verdict.HELD_PAYBILL, "already held: " + payment.accountReference());
    }

    private static boolean sameMoney(Money one, Money other) {
        return one.currency() == other.currency() && one.compareTo(other) == 0;
    }
}
