package energy.mwolo.contracts.operations;

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
 * The energy a metered contract consumed over one period, from {@code periodStart} to {@code periodEnd} (both
 * included, Africa/Kinshasa dates), in kWh. The Kafka key is the contract id. A correction of the same contract
 * and period comes as another ConsumptionRecorded with a higher {@code revision}, which replaces the earlier one;
 * a consumer keeps the highest revision and ignores a lower one arriving late. {@code kwh} is authoritative: the
 * register values, when given, are the meter's readings at both ends (a rollover or a meter swap breaks the plain
 * difference). An estimated period (readings missing) usually has no register values.
 * Nullable: registerStart, registerEnd (given together or not at all).
 */
@ContractPayload
public record ConsumptionRecorded(
        UUID contractId,
        UUID siteId,
        UUID meterId,
        String meterNumber,
        LocalDate periodStart,
        LocalDate periodEnd,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal kwh,
        @JsonProperty(required = true) boolean estimated,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal registerStart,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal registerEnd,
        @JsonProperty(required = true) int revision,
        Instant occurredAt) {

    public static final EventContract<ConsumptionRecorded> CONTRACT =
            new EventContract<>("operations", "consumption", "ConsumptionRecorded", 1, ConsumptionRecorded.class);

    public ConsumptionRecorded {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(meterId, "meterId");
        Objects.requireNonNull(meterNumber, "meterNumber");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        kwh = energy(Objects.requireNonNull(kwh, "kwh"), "kwh");
        registerStart = registerStart == null ? null : energy(registerStart, "registerStart");
        registerEnd = registerEnd == null ? null : energy(registerEnd, "registerEnd");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("periodEnd " + periodEnd + " is before periodStart " + periodStart);
        }
        if ((registerStart == null) != (registerEnd == null)) {
            throw new IllegalArgumentException("registerStart and registerEnd are given together or not at all");
        }
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be 1 or more, was " + revision);
        }
    }

    /** Not negative; a whole number keeps no exponent, so it is written as plain digits. */
    private static BigDecimal energy(BigDecimal value, String field) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative, was " + value.toPlainString());
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
