package energy.mwolo.billing.payments.application;

import java.util.List;

/** The payments list, filtered and paginated in the database. */
public interface PaymentDirectory {

    long count(PaymentQuery query);

    /** Newest received first. */
    List<PaymentSummary> find(PaymentQuery query, long offset, int limit);
}
