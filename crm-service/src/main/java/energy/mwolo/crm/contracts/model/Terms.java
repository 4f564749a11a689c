package energy.mwolo.crm.contracts.model;

import energy.mwolo.crm.kernel.InvalidField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * On what terms power is sold: a monthly flat fee needs a fixed fee; metered and prepaid contracts need a price per
 * kWh (a fixed fee may come on top). Amounts are positive, in the contract's currency; billing day 1-28 so every
 * month has it. The tariff code, optional, names the tariff in billing's catalogue.
 */
public record Terms(ContractType type, BigDecimal fixedFee, BigDecimal pricePerKwh, TariffCode tariffCode,
                    Currency currency, int billingDay, LocalDate startDate, LocalDate endDate) {

    public Terms {
        if (type == null) {
            throw new InvalidField("contract_type", "crm.validation.required");
        }
        if (currency == null) {
            throw new InvalidField("currency", "crm.validation.required");
        }
        fixedFee = exact(fixedFee, 2, "fixed_fee");
        pricePerKwh = exact(pricePerKwh, 4, "price_per_kwh");
        if (type == ContractType.MONTHLY_FLAT_FEE && fixedFee == null) {
            throw new InvalidField("fixed_fee", "crm.contract.tariff");
        }
        if (type != ContractType.MONTHLY_FLAT_FEE && pricePerKwh == null) {
            throw new InvalidField("price_per_kwh", "crm.contract.tariff");
        }
        if (billingDay < 1 || billingDay > 28) {
            throw new InvalidField("billing_day", "crm.contract.billing_day");
        }
        if (startDate == null) {
            throw new InvalidField("start_date", "crm.validation.required");
        }
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new InvalidField("end_date", "crm.contract.dates");
        }
    }

    /** Whether billing must hear about the change: tariff (amounts or code), currency or billing day. */
    public boolean tariffDiffers(Terms other) {
        return !same(fixedFee, other.fixedFee) || !same(pricePerKwh, other.pricePerKwh)
                || !Objects.equals(tariffCode, other.tariffCode) || currency != other.currency
                || billingDay != other.billingDay;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** Positive, with no more decimals than stored (cents for the fee, 1/10000 for the kWh price). */
    private static BigDecimal exact(BigDecimal amount, int scale, String field) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > scale) {
            throw new InvalidField(field, "crm.contract.tariff");
        }
        return amount.setScale(scale, java.math.RoundingMode.UNNECESSARY);
    }
}
