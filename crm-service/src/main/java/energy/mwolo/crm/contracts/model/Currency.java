package energy.mwolo.crm.contracts.model;

import energy.mwolo.crm.kernel.InvalidField;

/** The currencies the company bills in. Codes are ISO 4217, upper case. */
public enum Currency {
    CDF, USD;

    public static Currency of(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidField("currency", "crm.validation.required");
        }
        try {
            return valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidField("currency", "crm.validation.unknown_code", code);
        }
    }
}
