package energy.mwolo.operations.meters.web;

import energy.mwolo.operations.meters.application.BrowsingMeters.MeterDetail;
import energy.mwolo.operations.meters.application.MeterLinkView;
import energy.mwolo.operations.meters.application.MeterView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A meter; register values are strings (kWh, three decimals). {@code links} (the history, oldest first) only in a
 * meter's own representation, not in lists.
 *
 * @param id              the meter's id
 * @param number          the number printed on the meter and used by its head-end, in upper case, unique
 * @param equipment       the id of the piece of equipment (type {@code meter}) it is
 * @param serialNumber    that equipment's serial number
 * @param equipmentStatus that equipment's status: {@code active}, {@code inactive}, {@code maintenance} or
 *                        {@code faulty}
 * @param site            the id of the CRM site (service point) it stands on, its equipment's; never changes
 * @param siteReference   that site's reference ({@code SITE-NNNNNN}); null if crm has not told operations of it
 * @param siteName        that site's name; null if crm has not told operations of it
 * @param kind            {@code postpaid} (billed from its readings) or {@code prepaid} (paid ahead with STS tokens)
 * @param remoteRelay     whether its supply relay can be switched remotely; without one, cuts and reconnections are
 *                        field interventions
 * @param relayState      {@code connected}, {@code disconnect_requested}, {@code disconnected} or
 *                        {@code reconnect_requested}; a requested state waits for the meter to report its relay
 * @param relayChangedAt  when the relay state last changed (ISO-8601 UTC); its installation at first
 * @param contract        the id of the CRM contract it measures now; null when it measures none
 * @param contractNumber  that contract's number ({@code CT-YYYY-NNNNNN}); null when it measures none
 * @param linkedAt        when it started measuring that contract (ISO-8601 UTC); null when it measures none
 * @param lastReadingKwh  the import register of its latest usable reading (one not flagged
 *                        {@code negative_consumption} or {@code future_dated}); null before the first
 * @param lastReadingAt   when that reading was taken (ISO-8601 UTC); null before the first
 * @param lastSeenAt      when the meter was last heard from, by any reading (ISO-8601 UTC); null before the first
 * @param createdAt       when it was installed here (ISO-8601 UTC)
 * @param updatedAt       when it last changed (ISO-8601 UTC)
 * @param links           the contracts it measured and measures, oldest first; a customer sees only its own
 *                        contracts' links; null in lists
 */
record MeterResponse(UUID id, String number, UUID equipment, String serialNumber, String equipmentStatus, UUID site,
                     String siteReference, String siteName, String kind, boolean remoteRelay, String relayState,
                     Instant relayChangedAt, UUID contract, String contractNumber, Instant linkedAt,
                     @Schema(format = "decimal") String lastReadingKwh, Instant lastReadingAt, Instant lastSeenAt,
                     Instant createdAt,
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

    /**
     * A period during which the meter measured a contract, from the register value at its opening to the one at its
     * closing (consumption over the link is the difference). A closed link never changes.
     *
     * @param id                 the link's id
     * @param contract           the id of the CRM contract measured
     * @param contractNumber     that contract's number ({@code CT-YYYY-NNNNNN})
     * @param linkedAt           when the link opened (ISO-8601 UTC)
     * @param openingRegisterKwh the import register when it opened (kWh, three decimals)
     * @param unlinkedAt         when it closed (ISO-8601 UTC); null while the meter still measures the contract
     * @param closingRegisterKwh the import register when it closed (kWh, three decimals); null while open
     * @param replacesMeter      in a meter swap, the id of the meter whose link this one continued; null otherwise
     * @param replacedByMeter    in a meter swap, the id of the meter that continued this link; null otherwise
     */
    record LinkResponse(UUID id, UUID contract, String contractNumber, Instant linkedAt,
                        @Schema(format = "decimal") String openingRegisterKwh,
                        Instant unlinkedAt, @Schema(format = "decimal") String closingRegisterKwh, UUID replacesMeter,
                        UUID replacedByMeter) {

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
