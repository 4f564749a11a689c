package energy.mwolo.platformtest.archfixture.bad.dunning;

import energy.mwolo.platformtest.archfixture.bad.billing.model.Invoice;

/** ... and dunning uses billing: a cycle between two features. */
public class Reminder {

    public Invoice overdue() {
        return null;
    }
}
