package energy.mwolo.billing.invoices.model;

/** What a line bills; the API code is the lowercase name. */
public enum LineKind {
    FIXED_FEE, ENERGY, FIXED_CHARGE
}
