package energy.mwolo.billing.kernel;

/**
 * The currencies the company bills in, ISO 4217 codes in upper case. Both are kept to 2 decimals (cents and
 * centimes, ISO 4217's minor units): CDF amounts are large but the franc's centime is still its legal minor unit.
 */
public enum Currency {
    CDF, USD;

    /** Decimals of an amount in this currency. */
    public int scale() {
        return 2;
    }

    /** The currency of a code, refused (400 on {@code field}) when blank or unknown. */
    public static Currency of(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidField(field, "billing.validation.required");
        }
        try {
            return valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidField(field, "billing.currency.unknown", code);
        }
    }
}
