package energy.mwolo.contracts.geo;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An agency closed for good; its code is kept so consumers can label what they retire. */
@ContractPayload
public record AgencyClosed(UUID agencyId, String code, Instant occurredAt) {

    public static final EventContract<AgencyClosed> CONTRACT =
            new EventContract<>("geo", "agency", "AgencyClosed", 1, AgencyClosed.class);

    public AgencyClosed {
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
