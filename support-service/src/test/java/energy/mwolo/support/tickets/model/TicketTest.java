package energy.mwolo.support.tickets.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TicketTest {

    private static final Instant OPENED = Instant.parse("2026-07-06T08:00:00Z");
    private static final UUID CLIENT_USER = UUID.randomUUID();
    private static final UUID AGENT = UUID.randomUUID();
    /** A calendar where every hour counts: a pause moves deadlines by its whole length. */
    private static final SlaCalendar ROUND_THE_CLOCK = (due, pausedAt, resumedAt) ->
            resumedAt.plus(Duration.between(pausedAt, due));

    @Test
    void aClientMayNotAskForMoreThanNormalExceptForAnOutage() {
        assertThatThrownBy(() -> open(Category.BILLING, Priority.HIGH, AuthorKind.CLIENT))
                .isInstanceOf(PriorityNotAllowed.class);
        assertThat(open(Category.OUTAGE, Priority.CRITICAL, AuthorKind.CLIENT).priority())
                .isEqualTo(Priority.CRITICAL);
        assertThat(open(Category.BILLING, Priority.CRITICAL, AuthorKind.STAFF).priority())
                .isEqualTo(Priority.CRITICAL);
    }

    @Test
    void prioritiesAreRankedBySeverityNotByName() {
        assertThat(Priority.CRITICAL.rank()).isGreaterThan(Priority.HIGH.rank());
        assertThat(Priority.HIGH.rank()).isGreaterThan(Priority.NORMAL.rank());
        assertThat(Priority.NORMAL.rank()).isGreaterThan(Priority.LOW.rank());
    }

    @Test
    void staffsFirstPublicReplyMeetsTheFirstResponseAndTakesTheTicketInHand() {
        Ticket ticket = open(Category.OTHER, Priority.NORMAL, AuthorKind.CLIENT);
        ticket.pullEvents();

        ticket.write(message(AuthorKind.STAFF, true, OPENED.plusSeconds(60)), ROUND_THE_CLOCK);
        assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(ticket.sla().firstRespondedAt()).isNull();

        ticket.write(message(AuthorKind.STAFF, false, OPENED.plusSeconds(120)), ROUND_THE_CLOCK);
        assertThat(ticket.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(ticket.sla().firstRespondedAt()).isEqualTo(OPENED.plusSeconds(120));
        assertThat(ticket.pullEvents()).hasAtLeastOneElementOfType(TicketEvent.StatusChanged.class)
                .hasAtLeastOneElementOfType(TicketEvent.StaffReplied.class);
    }

    @Test
    void aClientWritesNoInternalNote() {
        assertThatThrownBy(() -> message(AuthorKind.CLIENT, true, OPENED)).isInstanceOf(InternalNoteRefused.class);
    }

    @Test
    void aCustomerReplyBringsAWaitingTicketBackInProgressAndMovesItsDeadlinesByThePause() {
        Ticket ticket = open(Category.OTHER, Priority.NORMAL, AuthorKind.CLIENT);
        Instant due = ticket.sla().resolutionDue();
        ticket.moveTo(TicketStatus.WAITING_CUSTOMER, AGENT, OPENED.plusSeconds(3600), ROUND_THE_CLOCK);
        assertThat(ticket.sla().pausedAt()).isEqualTo(OPENED.plusSeconds(3600));

        ticket.write(message(AuthorKind.CLIENT, false, OPENED.plusSeconds(3 * 3600)), ROUND_THE_CLOCK);

        assertThat(ticket.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(ticket.sla().pausedAt()).isNull();
        assertThat(ticket.sla().resolutionDue()).isEqualTo(due.plusSeconds(2 * 3600));
    }

    @Test
    void resolvingSetsResolvedAtAndClosingSetsClosedAt() {
        Ticket ticket = open(Category.OTHER, Priority.NORMAL, AuthorKind.CLIENT);
        ticket.moveTo(TicketStatus.RESOLVED, AGENT, OPENED.plusSeconds(60), ROUND_THE_CLOCK);
        assertThat(ticket.resolvedAt()).isEqualTo(OPENED.plusSeconds(60));
        ticket.moveTo(TicketStatus.CLOSED, AGENT, OPENED.plusSeconds(120), ROUND_THE_CLOCK);
        assertThat(ticket.closedAt()).isEqualTo(OPENED.plusSeconds(120));
        assertThat(ticket.pullEvents()).hasAtLeastOneElementOfType(TicketEvent.Resolved.class);
    }

    @Test
    void theWorkflowRefusesSkippingBackwards() {
        Ticket ticket = open(Category.OTHER, Priority.NORMAL, AuthorKind.CLIENT);
        ticket.moveTo(TicketStatus.RESOLVED, AGENT, OPENED.plusSeconds(60), ROUND_THE_CLOCK);

        assertThatThrownBy(() -> ticket.moveTo(TicketStatus.OPEN, AGENT, OPENED.plusSeconds(120), ROUND_THE_CLOCK))
                .isInstanceOf(TicketTransitionRefused.class);
    }

    @Test
    void aClosedTicketTakesNoMessage() {
        Ticket ticket = open(Category.OTHER, Priority.NORMAL, AuthorKind.CLIENT);
        ticket.moveTo(TicketStatus.RESOLVED, AGENT, OPENED.plusSeconds(60), ROUND_THE_CLOCK);
        ticket.moveTo(TicketStatus.CLOSED, AGENT, OPENED.plusSeconds(120), ROUND_THE_CLOCK);

        assertThatThrownBy(() -> ticket.write(message(AuthorKind.CLIENT, false, OPENED.plusSeconds(180)),
                ROUND_THE_CLOCK)).isInstanceOf(TicketClosed.class);
        assertThat(ticket.pullNewMessages()).isEmpty();
    }

    @Test
    void aTicketReopensWithinThePeriodOnlyAndLosesItsResolution() {
        Ticket ticket = open(Category.OTHER, Priority.NORMAL, AuthorKind.CLIENT);
        Instant resolved = OPENED.plusSeconds(60);
        ticket.moveTo(TicketStatus.RESOLVED, AGENT, resolved, ROUND_THE_CLOCK);

        assertThatThrownBy(() -> ticket.reopen(CLIENT_USER, resolved.plus(Duration.ofDays(8)), Duration.ofDays(7),
                ROUND_THE_CLOCK)).isInstanceOf(ReopenPeriodOver.class);

        ticket.reopen(CLIENT_USER, resolved.plus(Duration.ofDays(6)), Duration.ofDays(7), ROUND_THE_CLOCK);
        assertThat(ticket.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(ticket.resolvedAt()).isNull();
    }

    @Test
    void aPassedDeadlineIsBreachedOnceAndANearOneWarnedOnce() {
        Ticket ticket = open(Category.OTHER, Priority.NORMAL, AuthorKind.CLIENT);
        ticket.pullEvents();
        Instant firstDue = ticket.sla().firstResponseDue();

        ticket.checkDeadlines(firstDue.minusSeconds(60), Duration.ofMinutes(30));
        ticket.checkDeadlines(firstDue.minusSeconds(30), Duration.ofMinutes(30));
        assertThat(ticket.pullEvents()).singleElement().isInstanceOf(TicketEvent.SlaAtRisk.class);

        ticket.checkDeadlines(firstDue, Duration.ofMinutes(30));
        ticket.checkDeadlines(firstDue.plusSeconds(60), Duration.ofMinutes(30));
        assertThat(ticket.pullEvents()).singleElement().isEqualTo(
                new TicketEvent.SlaBreached(SlaTarget.FIRST_RESPONSE, firstDue, firstDue));
    }

    @Test
    void aWaitingTicketIsNeverLate() {
        Ticket ticket = open(Category.OTHER, Priority.NORMAL, AuthorKind.CLIENT);
        ticket.moveTo(TicketStatus.WAITING_CUSTOMER, AGENT, OPENED.plusSeconds(60), ROUND_THE_CLOCK);
        ticket.pullEvents();

        ticket.checkDeadlines(OPENED.plus(Duration.ofDays(30)), Duration.ofMinutes(30));

        assertThat(ticket.pullEvents()).isEmpty();
    }

    @Test
    void reassigningRemembersThePreviousHolder() {
        Ticket ticket = open(Category.OTHER, Priority.NORMAL, AuthorKind.CLIENT);
        UUID team = UUID.randomUUID();
        ticket.assign(new Assignment(null, team, true, null, OPENED));
        ticket.pullEvents();

        ticket.assign(new Assignment(AGENT, team, false, UUID.randomUUID(), OPENED.plusSeconds(60)));

        assertThat(ticket.pullEvents()).singleElement().isInstanceOfSatisfying(TicketEvent.Assigned.class,
                assigned -> {
                    assertThat(assigned.previousAgent()).isNull();
                    assertThat(assigned.previousTeam()).isEqualTo(team);
                    assertThat(assigned.assignment().agent()).isEqualTo(AGENT);
                });
    }

    @Test
    void aResolvedTicketIsNotAssignedAnyMore() {
        Ticket ticket = open(Category.OTHER, Priority.NORMAL, AuthorKind.CLIENT);
        ticket.moveTo(TicketStatus.RESOLVED, AGENT, OPENED.plusSeconds(60), ROUND_THE_CLOCK);

        assertThatThrownBy(() -> ticket.assign(new Assignment(AGENT, null, false, AGENT, OPENED.plusSeconds(120))))
                .isInstanceOf(TicketNotActive.class);
        assertThat(ticket.assignment()).isNull();
    }

    private static Ticket open(Category category, Priority priority, AuthorKind by) {
        return Ticket.open(new TicketId(UUID.randomUUID()), "TK-2026-000001", new TicketFacts(UUID.randomUUID(),
                null, UUID.randomUUID(), category, "Sujet", "Description", null, null), priority, CLIENT_USER, by,
                OPENED, new Deadlines(OPENED.plus(Duration.ofHours(8)), OPENED.plus(Duration.ofHours(40))));
    }

    private static TicketMessage message(AuthorKind kind, boolean internal, Instant at) {
        return new TicketMessage(UUID.randomUUID(), kind == AuthorKind.CLIENT ? CLIENT_USER : AGENT, kind, "Bonjour",
                internal, at);
    }
}
