package energy.mwolo.billing.tariffs.model;

/** What a priced item is for; the API code is the lowercase name. */
public enum ItemKind {
    FIXED_FEE, ENERGY, FIXED_CHARGE
}
