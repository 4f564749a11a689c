package energy.mwolo.operations.disconnections.model;

import static energy.mwolo.operations.disconnections.model.OfficeHours.KINSHASA;
import static energy.mwolo.operations.disconnections.model.OfficeHours.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DisconnectionPolicyTest {

    private static final CutWindow WINDOW = new CutWindow(new OfficeHours(Set.of(LocalDate.of(2026, 6, 30))),
            LocalTime.of(16, 0), KINSHASA);
    private final DisconnectionPolicy policy = new DisconnectionPolicy(new BlastRadius(2, 10), KINSHASA);

    private static Situation normal() {
        return new Situation(true, false, false, false, null, 0, 0);
    }

    @Test
    void an_overdue_meter_on_a_normal_site_is_cut_at_ten_on_a_working_day() {
        Verdict verdict = policy.judge(normal(), WINDOW, at("2026-12-07T10:00"));

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.CUT);
        assertThat(verdict.reason()).isEqualTo(Reason.OVERDUE);
    }

    @Test
    void a_protected_site_is_never_cut_even_when_everything_else_allows_it() {
        Situation hospital = new Situation(true, true, false, false, null, 0, 0);

        Verdict verdict = policy.judge(hospital, WINDOW, at("2026-12-07T10:00"));

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.REFUSE);
        assertThat(verdict.reason()).isEqualTo(Reason.PROTECTED_SITE);
    }

    @Test
    void a_protected_site_is_refused_before_any_hold_is_considered() {
        Situation hospitalOnHold = new Situation(true, true, true, true, at("2026-12-07T10:30"), 0, 0);

        assertThat(policy.judge(hospitalOnHold, WINDOW, at("2026-12-07T10:00")).reason())
                .isEqualTo(Reason.PROTECTED_SITE);
    }

    @Test
    void an_unknown_site_is_not_cut_but_looked_at_again() {
        Situation unknown = new Situation(false, false, false, false, null, 0, 0);

        Verdict verdict = policy.judge(unknown, null, at("2026-12-07T10:00"));

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.WAIT);
        assertThat(verdict.reason()).isEqualTo(Reason.SITE_UNKNOWN);
    }

    @Test
    void at_half_past_four_the_cut_waits_for_eight_the_next_working_morning() {
        Verdict verdict = policy.judge(normal(), WINDOW, at("2026-12-07T16:30"));

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.WAIT);
        assertThat(verdict.reason()).isEqualTo(Reason.OUTSIDE_CUT_WINDOW);
        assertThat(verdict.notBefore()).isEqualTo(at("2026-12-08T08:00"));
    }

    @Test
    void exactly_at_four_the_window_is_closed() {
        assertThat(policy.judge(normal(), WINDOW, at("2026-12-07T16:00")).reason())
                .isEqualTo(Reason.OUTSIDE_CUT_WINDOW);
        assertThat(policy.judge(normal(), WINDOW, at("2026-12-07T15:59")).outcome())
                .isEqualTo(Verdict.Outcome.CUT);
    }

    @Test
    void on_a_sunday_the_cut_waits_for_monday_morning() {
        Verdict verdict = policy.judge(normal(), WINDOW, at("2026-12-06T10:00"));

        assertThat(verdict.reason()).isEqualTo(Reason.OUTSIDE_CUT_WINDOW);
        assertThat(verdict.notBefore()).isEqualTo(at("2026-12-07T08:00"));
    }

    @Test
    void on_independence_day_the_cut_waits_for_the_next_working_day() {
        Verdict verdict = policy.judge(normal(), WINDOW, at("2026-06-30T10:00"));

        assertThat(verdict.reason()).isEqualTo(Reason.OUTSIDE_CUT_WINDOW);
        assertThat(verdict.notBefore()).isEqualTo(at("2026-07-01T08:00"));
    }

    @Test
    void a_pending_payment_holds_the_cut_until_its_hold_ends() {
        Instant holdUntil = at("2026-12-07T10:30");
        Situation paying = new Situation(true, false, false, false, holdUntil, 0, 0);

        Verdict verdict = policy.judge(paying, WINDOW, at("2026-12-07T10:00"));

        assertThat(verdict.reason()).isEqualTo(Reason.PAYMENT_PENDING);
        assertThat(verdict.notBefore()).isEqualTo(holdUntil);
        assertThat(policy.judge(paying, WINDOW, holdUntil).outcome()).isEqualTo(Verdict.Outcome.CUT);
    }

    @Test
    void a_contract_or_agency_on_hold_is_not_cut() {
        assertThat(policy.judge(new Situation(true, false, true, false, null, 0, 0), WINDOW,
                at("2026-12-07T10:00")).reason()).isEqualTo(Reason.CONTRACT_ON_HOLD);
        assertThat(policy.judge(new Situation(true, false, false, true, null, 0, 0), WINDOW,
                at("2026-12-07T10:00")).reason()).isEqualTo(Reason.AGENCY_ON_HOLD);
    }

    @Test
    void beyond_the_agency_limit_the_cut_waits_for_the_next_hour_and_raises_an_alert() {
        Verdict verdict = policy.judge(new Situation(true, false, false, false, null, 2, 2), WINDOW,
                at("2026-12-07T10:20"));

        assertThat(verdict.reason()).isEqualTo(Reason.AGENCY_HOURLY_LIMIT);
        assertThat(verdict.alert()).isTrue();
        assertThat(verdict.notBefore()).isEqualTo(at("2026-12-07T11:00"));
    }

    @Test
    void beyond_the_daily_cap_the_cut_waits_for_the_next_days_window_and_raises_an_alert() {
        Verdict verdict = policy.judge(new Situation(true, false, false, false, null, 0, 10), WINDOW,
                at("2026-12-07T10:20"));

        assertThat(verdict.reason()).isEqualTo(Reason.DAILY_CAP);
        assertThat(verdict.alert()).isTrue();
        assertThat(verdict.notBefore()).isEqualTo(at("2026-12-08T08:00"));
    }
}
