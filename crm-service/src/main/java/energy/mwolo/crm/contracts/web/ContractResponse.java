package energy.mwolo.crm.contracts.web;

import energy.mwolo.crm.contracts.model.Contract;
import energy.mwolo.crm.contracts.model.TariffCode;
import energy.mwolo.crm.contracts.model.Terms;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Amounts travel as strings, so no client rounds them through a binary float. */
record ContractResponse(UUID id, String contractNumber, UUID client, UUID site, String contractType,
                        String fixedFee, String pricePerKwh, String tariffCode, String currency, int billingDay,
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
