package energy.mwolo.operations.meters.web;

import energy.mwolo.operations.meters.application.BrowsingMeters.MeterDetail;
import energy.mwolo.operations.meters.application.MeterLinkView;
import energy.mwolo.operations.meters.application.MeterView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A meter; register values are strings (kWh, three decimals). {@code links} (the history, oldest first) only in a
 * meter's own representation, not in lists.
 */
record MeterResponse(UUID id, String number, UUID equipment, String serialNumber, String equipmentStatus, UUID site,
                     String siteReference, String siteName, String kind, boolean remoteRelay, String relayState,
                     Instant relayChangedAt, UUID contract, String contractNumber, Instant linkedAt,
                     String lastReadingKwh, Instant lastReadingAt, Instant lastSeenAt, Instant createdAt,
                     Instant updatedAt, List<LinkResponse> links) {

    static MeterResponse from(MeterView view) {
        return of(view, null);
    }

    static MeterResponse from(MeterDetail detail) {
        return of(detail.meter(), detail.links().stream().map(LinkResponse::from).toList());
    }

    private static MeterResponse of(MeterView view, List<LinkResponse> links) {
        return new MeterResponse(view.id(), view.number(), view.equipment(), view.serialNumber(),
                view.equipmentStatus(), view.site(), view.siteReference(), view.siteName(), view.kind(),
                view.remoteRelay(), view.relayState(), view.relayChangedAt(), view.contract(), view.contractNumber(),
                view.linkedAt(), text(view.lastReadingKwh()), view.lastReadingAt(), view.lastSeenAt(),
                view.createdAt(), view.updatedAt(), links);
    }

    record LinkResponse(UUID id, UUID contract, String contractNumber, Instant linkedAt, String openingRegisterKwh,
                        Instant unlinkedAt, String closingRegisterKwh, UUID replacesMeter, UUID replacedByMeter) {

        static LinkResponse from(MeterLinkView link) {
            return new LinkResponse(link.id(), link.contract(), link.contractNumber(), link.linkedAt(),
                    text(link.openingRegisterKwh()), link.unlinkedAt(), text(link.closingRegisterKwh()),
                    link.replacesMeter(), link.replacedByMeter());
        }
    }

    private static String text(BigDecimal kwh) {
        return kwh == null ? null : kwh.toPlainString();
    }
}
