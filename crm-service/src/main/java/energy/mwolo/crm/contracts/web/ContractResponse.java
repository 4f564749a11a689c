package energy.mwolo.crm.contracts.web;

import energy.mwolo.crm.contracts.model.Contract;
import energy.mwolo.crm.contracts.model.TariffCode;
import energy.mwolo.crm.contracts.model.Terms;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A contract: the terms on which one client is supplied at one of its sites, and where it stands. Amounts travel as
 * decimal strings in {@code currency}, so no client rounds them through a binary float.
 *
 * @param id             the contract's id
 * @param contractNumber the contract's number, {@code CT-<YYYY>-<NNNNNN>} (the year it was drafted, Kinshasa time)
 * @param client         the CRM client supplied
 * @param site           the client's site supplied
 * @param contractType   {@code monthly_flat_fee}, {@code metered} or {@code prepaid}
 * @param fixedFee       the fixed fee per month, with 2 decimals (e.g. {@code "12500.00"}); null when none
 * @param pricePerKwh    the price of one kWh, with 4 decimals (e.g. {@code "250.5000"}); null when none
 * @param tariffCode     the code of the tariff in billing's catalogue (e.g. {@code RES-SOCIAL}); null when none
 * @param currency       {@code CDF} or {@code USD}: the currency of the amounts and of the invoices
 * @param billingDay     the day of the month, 1 to 28, on which the contract is billed
 * @param startDate      the day the contract starts, ISO {@code yyyy-MM-dd}
 * @param endDate        the day the contract ends, ISO {@code yyyy-MM-dd}; null for no end
 * @param status         {@code draft}, {@code active}, {@code suspended} or {@code terminated}: a draft or suspended
 *                       contract can be activated, an active one suspended, any but a terminated one terminated;
 *                       terminated is final
 * @param createdAt      when the contract was drafted, ISO-8601 UTC
 * @param updatedAt      when the contract last changed, ISO-8601 UTC
 */
record ContractResponse(UUID id, String contractNumber, UUID client, UUID site, String contractType,
                        @Schema(format = "decimal") String fixedFee, @Schema(format = "decimal") String pricePerKwh,
                        String tariffCode, String currency, int billingDay,
                        LocalDate startDate, LocalDate endDate, String status, Instant createdAt,
                        Instant updatedAt) {

    static ContractResponse from(Contract c) {
        Terms t = c.terms();
        return new ContractResponse(c.id(), c.number(), c.clientId(), c.siteId(), t.type().code(),
                text(t.fixedFee()), text(t.pricePerKwh()), TariffCode.text(t.tariffCode()), t.currency().name(),
                t.billingDay(), t.startDate(), t.endDate(), c.status().code(), c.createdAt(), c.updatedAt());
    }

    private static String text(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
