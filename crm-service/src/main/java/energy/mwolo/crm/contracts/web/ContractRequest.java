package energy.mwolo.crm.contracts.web;

import energy.mwolo.crm.contracts.model.ContractType;
import energy.mwolo.crm.contracts.model.Currency;
import energy.mwolo.crm.contracts.model.TariffCode;
import energy.mwolo.crm.contracts.model.Terms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A contract as staff send it. Amounts are JSON strings (or numbers) read as exact decimals. In a PATCH, absent
 * fields keep their value; client and site never change. An empty {@code tariff_code} means none, so a PATCH sending
 * one removes the code.
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
