package energy.mwolo.platformtest.archfixture.bad.billing;

import energy.mwolo.platformtest.archfixture.bad.dunning.Reminder;

/** Billing uses dunning ... */
public class Dunning {

    public Reminder remind() {
        return new Reminder();
    }
}
