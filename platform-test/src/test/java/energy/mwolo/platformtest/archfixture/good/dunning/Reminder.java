package energy.mwolo.platformtest.archfixture.good.dunning;

import energy.mwolo.platformtest.archfixture.good.billing.model.Invoice;

/** Dunning uses billing, in one direction only. */
public record Reminder(Invoice invoice) {
}
