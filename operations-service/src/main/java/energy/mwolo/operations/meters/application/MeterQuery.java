package energy.mwolo.operations.meters.application;

import energy.mwolo.operations.access.ReadScope;
import energy.mwolo.operations.kernel.Ordering;
import energy.mwolo.operations.meters.model.MeterKind;
import energy.mwolo.operations.meters.model.RelayState;
import java.util.UUID;

/**
 * Which meters a list shows. Null filters mean "any".
 *
 * @param linked whether the meter measures a contract now
 * @param search text to find, ignoring case, in meter and serial numbers
 * @param scope  whose meters the caller may see at all
 */
public record MeterQuery(UUID site, UUID contract, MeterKind kind, RelayState relayState, Boolean remoteRelay,
                         Boolean linked, String search, Ordering ordering, ReadScope scope) {
}
