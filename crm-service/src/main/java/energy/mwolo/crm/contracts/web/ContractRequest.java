package energy.mwolo.crm.contracts.web;

import energy.mwolo.crm.contracts.model.ContractType;
import energy.mwolo.crm.contracts.model.Currency;
import energy.mwolo.crm.contracts.model.TariffCode;
import energy.mwolo.crm.contracts.model.Terms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A contract as staff send it: to draft one (POST) or change its terms (PATCH). Amounts are JSON strings (or numbers)
 * read as exact decimals, in the contract's currency. In a PATCH, absent or null fields keep their value (a fee, a
 * price or an end date cannot be removed) and client and site never change; an empty {@code tariff_code} means none, so
 * a PATCH sending one removes the code.
 *
 * @param client       the CRM client supplied, not closed; required to draft, ignored in a PATCH
 * @param site         the site supplied, one of the client's own; required to draft, ignored in a PATCH
 * @param contractType {@code monthly_flat_fee}, {@code metered} or {@code prepaid}; required to draft
 * @param fixedFee     the fixed fee per month, positive, at most 2 decimals (e.g. {@code "12500.00"}); required for a
 *                     monthly flat fee, optional on top of the kWh price otherwise
 * @param pricePerKwh  the price of one kWh, positive, at most 4 decimals (e.g. {@code "250.5000"}); required for a
 *                     metered or prepaid contract
 * @param tariffCode   the code of a tariff in billing's catalogue (e.g. {@code RES-SOCIAL}): letters, digits and
 *                     dashes, 2 to 32 characters, case ignored; only its form is checked here; blank for none
 * @param currency     {@code CDF} or {@code USD}, in capitals; required to draft
 * @param billingDay   the day of the month, 1 to 28, on which the contract is billed; 1 when absent in a draft
 * @param startDate    the day the contract starts, ISO {@code yyyy-MM-dd}; required to draft
 * @param endDate      the day the contract ends, ISO {@code yyyy-MM-dd}, not before {@code start_date}; absent for no
 *                     end
 */
record ContractRequest(UUID client, UUID site, String contractType, BigDecimal fixedFee, BigDecimal pricePerKwh,
                       String tariffCode, String currency, Integer billingDay, LocalDate startDate,
                       LocalDate endDate) {

    Terms terms() {
        return new Terms(contractType == null ? null : ContractType.of(contractType), fixedFee, pricePerKwh,
                TariffCode.parse(tariffCode), currency == null ? null : Currency.of(currency),
                billingDay == null ? 1 : billingDay, startDate, endDate);
    }

    Terms over(Terms t) {
        return new Terms(contractType == null ? t.type() : ContractType.of(contractType),
                fixedFee == null ? t.fixedFee() : fixedFee, pricePerKwh == null ? t.pricePerKwh() : pricePerKwh,
                tariffCode == null ? t.tariffCode() : TariffCode.parse(tariffCode),
                currency == null ? t.currency() : Currency.of(currency),
                billingDay == null ? t.billingDay() : billingDay, startDate == null ? t.startDate() : startDate,
                endDate == null ? t.endDate() : endDate);
    }
}
