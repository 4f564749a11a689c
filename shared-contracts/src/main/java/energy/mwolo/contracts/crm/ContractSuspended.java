package energy.mwolo.contracts.crm;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A contract was suspended. Its full terms.
 * Nullable: fixedFee, pricePerKwh, tariffCode (billing's catalogue code; absent from events published before it was
 * added), endDate.
 */
@ContractPayload
public record ContractSuspended(
        UUID contractId,
        String number,
        UUID clientId,
        UUID siteId,
        @JsonProperty(required = true) boolean siteProtected,
        String contractType,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fixedFee,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal pricePerKwh,
        String tariffCode,
        String currency,
        @JsonProperty(required = true) int billingDay,
        LocalDate startDate,
        LocalDate endDate,
        String status,
        Instant occurredAt) {

    public static final EventContract<ContractSuspended> CONTRACT =
            new EventContract<>("crm", "contract", "ContractSuspended", 1, ContractSuspended.class);

    public ContractSuspended {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(contractType, "contractType");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** The terms without a tariff code, as publishers wrote them before {@code tariffCode} was added. */
    public ContractSuspended(UUID contractId, String number, UUID clientId, UUID siteId, boolean siteProtected,
            String contractType, BigDecimal fixedFee, BigDecimal pricePerKwh, String currency, int billingDay,
            LocalDate startDate, LocalDate endDate, String status, Instant occurredAt) {
        this(contractId, number, clientId, siteId, siteProtected, contractType, fixedFee, pricePerKwh, null, currency,
                billingDay, startDate, endDate, status, occurredAt);
    }
}
