package energy.mwolo.billing.mobilemoney.paybill.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.mobilemoney.paybill.model.PaybillPayment;
import energy.mwolo.billing.mobilemoney.paybill.model.PaybillPayments;
import energy.mwolo.platform.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The parked paybill payments, newest first, for those who may assign them (staff with {@code billing:update}). */
@Service
public class BrowsingUnmatched {

    static final int LIMIT = 500;

    private final PaybillPayments paybills;

    BrowsingUnmatched(PaybillPayments paybills) {
        this.paybills = paybills;
    }

    @Transactional(readOnly = true)
    public List<PaybillPayment> parked(CurrentUser user) {
        BillingAccess.requireStaff(user, BillingAccess.UPDATE);
        return paybills.parked(LIMIT);
    }
}
