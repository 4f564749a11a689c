package energy.mwolo.operations.disconnections.application;

import energy.mwolo.operations.commands.application.RelayOrders;
import energy.mwolo.operations.disconnections.model.AccountStanding;
import energy.mwolo.operations.disconnections.model.DisconnectionPolicy;
import energy.mwolo.operations.disconnections.model.Reason;
import energy.mwolo.operations.disconnections.model.Situation;
import energy.mwolo.operations.disconnections.model.Verdict;
import energy.mwolo.operations.meters.model.MeterId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns billing's reports into relay orders. Reports of one contract are serialised on its account row and applied
 * in the order they occurred: an older one (redelivered, or overtaken by a newer one) is recorded as ignored and
 * changes nothing. A settlement reconnects at any hour, ahead of any waiting cut, and calls off a cut not yet
 * ordered. Each case keeps its id as the disconnection order's id, so deciding twice orders once.
 */
@Transactional
public class DecidingDisconnections {

    private static final Logger log = LoggerFactory.getLogger(DecidingDisconnections.class);

    private final DisconnectionBook book;
    private final SiteFacts sites;
    private final RelayOrders relay;
    private final DecisionPublisher publisher;
    private final CustomerNotices notices;
    private final DisconnectionPolicy policy;
    private final Clock clock;
    private final ZoneId zone;

    public DecidingDisconnections(DisconnectionBook book, SiteFacts sites, RelayOrders relay,
                                  DecisionPublisher publisher, CustomerNotices notices,
                                  DisconnectionPolicy policy, Clock clock, ZoneId zone) {
        this.book = book;
        this.sites = sites;
        this.relay = relay;
        this.publisher = publisher;
        this.notices = notices;
        this.policy = policy;
        this.clock = clock;
        this.zone = zone;
    }

    public void overdue(OverdueReport report) {
        Instant now = clock.instant();
        if (!applies(report.contract(), report.client(), report.site(), true, report.occurredAt(),
                report.amountDue(), now)) {
            return;
        }
        List<UUID> alreadyOpen = book.openCases(report.contract()).stream().map(CutCase::meter).toList();
        boolean scheduled = false;
        for (UUID meter : book.metersOf(report.contract())) {
            if (!alreadyOpen.contains(meter)) {
                scheduled |= examine(new CutCase(UUID.randomUUID(), report.contract(), meter, report.client(),
                        report.site(), CutCase.WAITING, null, now), now) != Verdict.Outcome.REFUSE;
            }
        }
        // One notice per report that put a cut on the way, with what to pay to avoid it.
        if (scheduled) {
            notices.cutScheduled(report.contract(), report.client(), report.amountDue());
        }
    }

    public void settled(SettledReport report) {
        Instant now = clock.instant();
        if (!applies(report.contract(), report.client(), report.site(), false, report.occurredAt(), null, now)) {
            return;
        }
        boolean restored = false;
        for (CutCase open : book.openCases(report.contract())) {
            UUID agency = sites.of(open.site(), open.contract()).map(SiteFacts.Site::agency).orElse(null);
            if (CutCase.ORDERED.equals(open.status())) {
                UUID order = reconnectOrderOf(open);
                relay.reconnect(new MeterId(open.meter()), order, Reason.SETTLED.code());
                close(open, CutCase.RECONNECTED, Reason.SETTLED, "reconnect_ordered", agency, order, now);
                restored = true;
            } else {
                close(open, CutCase.CANCELLED, Reason.SETTLED_BEFORE_CUT, "cancelled", agency, null, now);
            }
        }
        if (restored) {
            notices.supplyRestored(report.contract(), report.client());
        }
    }

    /** Looks again at every waiting cut now due; answers how many were looked at. */
    public int reexamineDue(int limit) {
        Instant now = clock.instant();
        List<CutCase> due = book.dueCases(now, limit);
        for (CutCase waiting : due) {
            examine(waiting, now);
        }
        return due.size();
    }

    public boolean placeHold(HoldScope scope, UUID target, UUID actor, String note) {
        Instant now = clock.instant();
        Optional<UUID> placed = book.placeHold(scope.code(), target, actor, note, now);
        placed.ifPresent(hold -> {
            book.record(new Decision(UUID.randomUUID(), scope == HoldScope.CONTRACT ? target : null, null,
                    scope == HoldScope.AGENCY ? target : null, "hold_placed", scope.reason().code(), null, false,
                    actor, null, now));
            publisher.holdPlaced(new HoldChange(hold, scope, target, actor, note, now));
        });
        return placed.isPresent();
    }

    public boolean releaseHold(HoldScope scope, UUID target, UUID actor) {
        Instant now = clock.instant();
        Optional<UUID> released = book.releaseHold(scope.code(), target, actor, now);
        released.ifPresent(hold -> {
            book.wakeUp(scope.code(), target, now);
            book.record(new Decision(UUID.randomUUID(), scope == HoldScope.CONTRACT ? target : null, null,
                    scope == HoldScope.AGENCY ? target : null, "hold_released", scope.reason().code(), null, false,
                    actor, null, now));
            publisher.holdReleased(new HoldChange(hold, scope, target, actor, null, now));
        });
        return released.isPresent();
    }

    /**
     * A mobile-money payment of the client is under way: its cuts wait for {@code hold} from now, by this service's
     * clock (billing's may run elsewhere: a test or training environment moves them apart), or until it ends.
     */
    public void paymentStarted(UUID client, UUID payment, Duration hold) {
        book.paymentStarted(client, payment, clock.instant().plus(hold));
    }

    /**
     * The payment ended. Money credited brings billing's settlement next, which calls the cut off: until then the
     * cuts keep waiting for the hold's end. A payment that failed or expired leaves the account as it was: once no
     * other payment of the client is under way, its held cuts are due at once, so the next pass (in the cut window)
     * carries them out rather than the hold's end.
     */
    public void paymentEnded(UUID client, UUID payment, boolean moneyCredited) {
        Instant now = clock.instant();
        book.paymentEnded(client, payment, now);
        if (!moneyCredited && book.paymentHeldUntil(client, now) == null) {
            book.wakeUpHeldForPayment(client, now);
        }
    }

    private Verdict.Outcome examine(CutCase cutCase, Instant now) {
        Optional<SiteFacts.Site> site = sites.of(cutCase.site(), cutCase.contract());
        UUID agency = site.map(SiteFacts.Site::agency).orElse(null);
        Situation situation;
        if (site.isEmpty()) {
            situation = new Situation(false, false, false, false, null, 0, 0);
        } else {
            book.lockLimits();
            Instant hour = now.truncatedTo(ChronoUnit.HOURS);
            Instant day = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
            situation = new Situation(true, site.get().protectedSite(),
                    book.onHold(HoldScope.CONTRACT.code(), cutCase.contract()),
                    book.onHold(HoldScope.AGENCY.code(), agency),
                    book.paymentHeldUntil(cutCase.client(), now),
                    book.cutsOrdered(agency, hour, hour.plus(Duration.ofHours(1))),
                    book.cutsOrdered(day, day.plus(Duration.ofDays(1))));
        }
        Verdict verdict = policy.judge(situation, site.map(SiteFacts.Site::window).orElse(null), now);
        switch (verdict.outcome()) {
            case CUT -> {
                relay.disconnect(new MeterId(cutCase.meter()), cutCase.id(), Reason.OVERDUE.code());
                close(cutCase, CutCase.ORDERED, verdict.reason(), "cut_ordered", agency, cutCase.id(), now);
            }
            case REFUSE -> close(cutCase, CutCase.REFUSED, verdict.reason(), "refused", agency, null, now);
            case WAIT -> {
                boolean news = !Objects.equals(cutCase.reason(), verdict.reason().code());
                book.saveCase(new CutCase(cutCase.id(), cutCase.contract(), cutCase.meter(), cutCase.client(),
                        cutCase.site(), CutCase.WAITING, verdict.reason().code(), verdict.notBefore()));
                // A case waiting for the same reason as before adds nothing to its history at each pass.
                if (news) {
                    decided(new Decision(UUID.randomUUID(), cutCase.contract(), cutCase.meter(), agency,
                            "waiting", verdict.reason().code(), verdict.notBefore(), verdict.alert(), null, null,
                            now));
                    if (verdict.alert()) {
                        log.warn("Disconnection limit reached ({}): the cut of meter {} waits until {}",
                                verdict.reason().code(), cutCase.meter(), verdict.notBefore());
                    }
                }
            }
        }
        return verdict.outcome();
    }

    private void close(CutCase cutCase, String status, Reason reason, String outcome, UUID agency, UUID order,
                       Instant now) {
        book.saveCase(new CutCase(cutCase.id(), cutCase.contract(), cutCase.meter(), cutCase.client(),
                cutCase.site(), status, reason.code(), null));
        decided(new Decision(UUID.randomUUID(), cutCase.contract(), cutCase.meter(), agency, outcome,
                reason.code(), null, false, null, order, now));
    }

    /** A decision about a meter is recorded and published together. */
    private void decided(Decision decision) {
        book.record(decision);
        publisher.publish(decision);
    }

    /**
     * Records the report as the account's standing when it is newer than the last one applied, the account's row
     * locked until the transaction ends; an older one is recorded as ignored.
     */
    private boolean applies(UUID contract, UUID client, UUID site, boolean overdue, Instant occurredAt,
                            String amountDue, Instant now) {
        if (!book.lockAccount(contract).accepts(occurredAt)) {
            book.record(new Decision(UUID.randomUUID(), contract, null, null, "ignored", Reason.STALE_EVENT.code(),
                    null, false, null, null, now));
            return false;
        }
        book.saveStanding(contract, client, site, new AccountStanding(overdue, occurredAt), amountDue);
        return true;
    }

    /** Derived from the case, so a settlement applied twice orders the same reconnection. */
    private static UUID reconnectOrderOf(CutCase cutCase) {
        return UUID.nameUUIDFromBytes(("reconnect:" + cutCase.id()).getBytes(StandardCharsets.UTF_8));
    }
}
