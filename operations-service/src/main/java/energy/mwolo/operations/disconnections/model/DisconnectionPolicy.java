package energy.mwolo.operations.disconnections.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Decides whether one meter of an overdue contract is cut now. The rules are checked from the one that can never
 * change (a protected site) to the ones that lift soonest, so the recorded reason is the one that matters most.
 */
public final class DisconnectionPolicy {

    /** How soon an unknown site or a hold placed by OPERATIONS is looked at again. */
    static final Duration RECHECK = Duration.ofMinutes(15);

    private final BlastRadius limits;
    private final ZoneId zone;

    public DisconnectionPolicy(BlastRadius limits, ZoneId zone) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public Verdict judge(Situation situation, CutWindow window, Instant now) {
        if (situation.protectedSite()) {
            return Verdict.refuse(Reason.PROTECTED_SITE);
        }
        if (!situation.siteKnown() || window == null) {
            return Verdict.waitUntil(Reason.SITE_UNKNOWN, now.plus(RECHECK));
        }
        if (situation.contractOnHold()) {
            return Verdict.waitUntil(Reason.CONTRACT_ON_HOLD, now.plus(RECHECK));
        }
        if (situation.agencyOnHold()) {
            return Verdict.waitUntil(Reason.AGENCY_ON_HOLD, now.plus(RECHECK));
        }
        if (situation.paymentHeldUntil() != null && now.isBefore(situation.paymentHeldUntil())) {
            return Verdict.waitUntil(Reason.PAYMENT_PENDING, situation.paymentHeldUntil());
        }
        if (!window.isOpen(now)) {
            return Verdict.waitUntil(Reason.OUTSIDE_CUT_WINDOW, window.nextOpening(now));
        }
        if (situation.cutsToday() >= limits.dailyCap()) {
            Instant tomorrow = now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
            return Verdict.limited(Reason.DAILY_CAP, window.nextOpening(tomorrow));
        }
        if (situation.cutsThisHour() >= limits.perAgencyPerHour()) {
            Instant nextHour = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
            return Verdict.limited(Reason.AGENCY_HOURLY_LIMIT, window.nextOpening(nextHour));
        }
        return Verdict.cut();
    }
}
