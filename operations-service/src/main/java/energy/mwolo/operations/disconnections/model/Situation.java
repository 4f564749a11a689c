package energy.mwolo.operations.disconnections.model;

import java.time.Instant;

/**
 * What is known, at one instant, around one meter's due disconnection.
 *
 * @param siteKnown          the site and its agency are known here
 * @param protectedSite      hospital, school, water pumping
 * @param contractOnHold     OPERATIONS holds the contract
 * @param agencyOnHold       OPERATIONS holds the agency
 * @param paymentHeldUntil   end of the latest pending mobile-money payment's hold of the client, null when none
 * @param cutsThisHour       disconnections already ordered in the agency during the current clock hour
 * @param cutsToday          disconnections already ordered company-wide during the current business day
 */
public record Situation(boolean siteKnown, boolean protectedSite, boolean contractOnHold, boolean agencyOnHold,
                        Instant paymentHeldUntil, int cutsThisHour, int cutsToday) {
}
