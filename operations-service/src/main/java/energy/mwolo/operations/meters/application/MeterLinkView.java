package energy.mwolo.operations.meters.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One period of a meter's history: the contract it measured, from when and at which register values. */
public record MeterLinkView(UUID id, UUID contract, String contractNumber, Instant linkedAt,
                            BigDecimal openingRegisterKwh, Instant unlinkedAt, BigDecimal closingRegisterKwh,
                            UUID replacesMeter, UUID replacedByMeter) {
}
