package energy.mwolo.billing.mobilemoney.statements.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.kernel.InvalidField;
import energy.mwolo.billing.mobilemoney.model.Provider;
import energy.mwolo.billing.mobilemoney.statements.model.DailyReconciliation;
import energy.mwolo.billing.mobilemoney.statements.model.StatementLine;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A provider's day reconciled with our credits. Every night the day before is reconciled for each provider and
 * kept (replacing an earlier report of it); an accountant asks for any day: a kept report is served as it was
 * found, else the day is reconciled now and kept once it is over (today's is computed each time: the day is not
 * done). The statement is fetched outside any transaction; one that cannot be fetched is 503 (and the nightly run
 * logs it and tries the next provider).
 */
@Service
public class ReconcilingStatements {

    private static final Logger log = LoggerFactory.getLogger(ReconcilingStatements.class);

    private final StatementSource statements;
    private final ReconciliationBook book;
    private final TransactionTemplate transactions;
    private final BusinessTime time;

    ReconcilingStatements(StatementSource statements, ReconciliationBook book, TransactionTemplate transactions,
                          BusinessTime time) {
        this.statements = statements;
        this.book = book;
        this.transactions = transactions;
        this.time = time;
    }

    /** For staff who settle money ({@code billing:update}: accountants, administrators). */
    public DailyReconciliation report(String providerCode, String date, CurrentUser user) {
        BillingAccess.requireStaff(user, BillingAccess.UPDATE);
        Provider provider = Provider.of(providerCode, "provider");
        LocalDate day = day(date);
        Optional<DailyReconciliation> kept = book.find(provider, day);
        return kept.orElseGet(() -> reconcile(provider, day)
                .orElseThrow(() -> new StatementUnavailable(provider)));
    }

    @Scheduled(cron = "${mwolo.billing.mobile-money.statements.cron:0 30 2 * * *}", zone = "Africa/Kinshasa")
    public void reconcileYesterday() {
        LocalDate yesterday = time.today().minusDays(1);
        for (Provider provider : Provider.values()) {
            try {
                reconcile(provider, yesterday).ifPresentOrElse(report -> log.info(
                        "Mobile-money reconciliation of {} for {}: {} lines", provider.code(), yesterday,
                        report.lines().size()), () -> log.warn("No statement of {} for {}: not reconciled",
                        provider.code(), yesterday));
            } catch (RuntimeException e) {
                log.warn("Reconciling {} for {} failed; tried again at the next run or on demand", provider.code(),
                        yesterday, e);
            }
        }
    }

    /** The day reconciled now, kept once it is over; empty when the statement cannot be had. */
    public Optional<DailyReconciliation> reconcile(Provider provider, LocalDate day) {
        Optional<List<StatementLine>> statement = statements.statement(provider, day);
        if (statement.isEmpty()) {
            return Optional.empty();
        }
        List<String> named = statement.get().stream().map(StatementLine::transactionId).toList();
        return Optional.of(transactions.execute(tx -> {
            DailyReconciliation report = DailyReconciliation.of(provider, day, statement.get(),
                    book.credits(provider, day, named), time.now());
            if (day.isBefore(time.today())) {
                book.keep(report);
            }
            return report;
        }));
    }

    private LocalDate day(String date) {
        try {
            LocalDate day = LocalDate.parse(date);
            if (day.isAfter(time.today())) {
                throw new InvalidField("date", "billing.mobile_money.reconciliation_date", date);
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new InvalidField("date", "billing.mobile_money.reconciliation_date", date);
        }
    }

    /** The provider's statement cannot be fetched now (none configured, or unreachable): 503. */
    static final class StatementUnavailable extends DomainException {
        StatementUnavailable(Provider provider) {
            super(ErrorKind.UNAVAILABLE, "billing.mobile_money.statement_unavailable", null, provider.code());
        }
    }
}
