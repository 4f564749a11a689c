package energy.mwolo.billing.customers;

import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.ProRata;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A contract as crm last described it, with what billing needs to invoice it.
 *
 * @param fixedFee    the contract's monthly fee in its currency, or null
 * @param pricePerKwh the contract's own price of a kWh, or null
 * @param tariffCode  the catalogue tariff that prices it, or null for its own terms
 * @param serviceEnd  the last day power is sold under it: its end date, or the day it was terminated if earlier
 */
public record BilledContract(UUID id, String number, UUID clientId, UUID siteId, boolean siteProtected,
                             ContractType type, BigDecimal fixedFee, BigDecimal pricePerKwh, String tariffCode,
                             Currency currency, int billingDay, LocalDate startDate, LocalDate serviceEnd,
                             ContractStatus status) {

    public BilledContract {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(status, "status");
    }

    /** The share of the month it was in force. */
    public ProRata shareOf(BillingPeriod period) {
        return ProRata.of(period, startDate, serviceEnd);
    }

    /**
     * Whether a run of {@code period} bills it: invoiced types, in force some day of the month, and active, or
     * terminated during or after the month (its last invoice). Suspended contracts are not billed while suspended.
     */
    public boolean billableIn(BillingPeriod period) {
        boolean live = status == ContractStatus.ACTIVE || status == ContractStatus.TERMINATED;
        return type.isInvoiced() && live && !shareOf(period).isNone();
    }

    public boolean isMetered() {
        return type == ContractType.METERED;
    }
}
