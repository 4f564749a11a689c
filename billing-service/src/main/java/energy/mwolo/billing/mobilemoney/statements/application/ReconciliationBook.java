package energy.mwolo.billing.mobilemoney.statements.application;

import energy.mwolo.billing.mobilemoney.model.Provider;
import energy.mwolo.billing.mobilemoney.statements.model.CreditedPayment;
import energy.mwolo.billing.mobilemoney.statements.model.DailyReconciliation;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Our credits as a day's reconciliation compares them, and the reports kept. */
public interface ReconciliationBook {

    /**
     * The provider's transactions we credited whose request (or paybill notification) came on {@code day}, and
     * those among {@code named} credited whenever.
     */
    List<CreditedPayment> credits(Provider provider, LocalDate day, Collection<String> named);

    /** Keeps the report, replacing an earlier one of the same provider and day. */
    void keep(DailyReconciliation report);

    Optional<DailyReconciliation> find(Provider provider, LocalDate day);
}
