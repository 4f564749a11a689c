package energy.mwolo.hr.leave.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.kernel.InvalidField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeaveRequestTest {

    private static final UUID APPROVER = UUID.randomUUID();

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> period("2026-07-10", false, "2026-07-06", false)).isInstanceOf(InvalidField.class)
                .extracting(e -> ((InvalidField) e).code()).isEqualTo("hr.leave.end_before_start");
    }

    @Test
    void aOneDayLeaveMayBeEitherHalfButNotBoth() {
        assertThat(period("2026-07-06", true, "2026-07-06", false)).isNotNull();
        assertThat(period("2026-07-06", false, "2026-07-06", true)).isNotNull();
        assertThatThrownBy(() -> period("2026-07-06", true, "2026-07-06", true)).isInstanceOf(InvalidField.class);
    }

    @Test
    void aLeaveEndingAtMiddayDoesNotOverlapOneStartingThen() {
        LeavePeriod morning = period("2026-07-06", false, "2026-07-08", true);
        LeavePeriod afternoon = period("2026-07-08", true, "2026-07-10", false);
        LeavePeriod wholeDay = period("2026-07-08", false, "2026-07-08", false);

        assertThat(morning.overlaps(afternoon)).isFalse();
        assertThat(afternoon.overlaps(morning)).isFalse();
        assertThat(morning.overlaps(wholeDay)).isTrue();
        assertThat(afternoon.overlaps(wholeDay)).isTrue();
        assertThat(period("2026-07-01", false, "2026-07-31", false).overlaps(wholeDay)).isTrue();
        assertThat(period("2026-07-09", false, "2026-07-09", false).overlaps(wholeDay)).isFalse();
    }

    @Test
    void aPeriodWithoutAWorkingDayCannotBeDrafted() {
        assertThatThrownBy(() -> draft(BigDecimal.ZERO)).isInstanceOf(NoWorkingDay.class);
    }

    @Test
    void aRequestIsSubmittedThenApprovedAndRecordsTheApproval() {
        LeaveRequest request = draft(new BigDecimal("4.5"));

        request.submit();
        request.approve(APPROVER);

        assertThat(request.status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(request.pullEvents()).containsExactly(new LeaveEvent.Approved(APPROVER));
    }

    @Test
    void aDraftCannotBeApprovedNorADecidedRequestDecidedAgain() {
        LeaveRequest request = draft(BigDecimal.ONE);

        assertThatThrownBy(() -> request.approve(APPROVER)).isInstanceOf(LeaveTransitionRefused.class);
        request.submit();
        request.reject(APPROVER);
        assertThatThrownBy(() -> request.approve(APPROVER)).isInstanceOf(LeaveTransitionRefused.class);
        assertThatThrownBy(() -> request.cancel(APPROVER)).isInstanceOf(LeaveTransitionRefused.class);
    }

    @Test
    void cancellingAnApprovedRequestSaysItWasApproved() {
        LeaveRequest request = draft(BigDecimal.ONE);
        request.submit();
        request.approve(APPROVER);
        request.pullEvents();

        request.cancel(APPROVER);

        assertThat(request.status()).isEqualTo(LeaveStatus.CANCELLED);
        assertThat(request.pullEvents()).containsExactly(new LeaveEvent.Cancelled(APPROVER, true));
        assertThatThrownBy(() -> request.cancel(APPROVER)).isInstanceOf(LeaveTransitionRefused.class);
    }

    private static LeavePeriod period(String start, boolean startHalf, String end, boolean endHalf) {
        return new LeavePeriod(LocalDate.parse(start), startHalf, LocalDate.parse(end), endHalf);
    }

    private static LeaveRequest draft(BigDecimal days) {
        return LeaveRequest.draft(new LeaveRequestId(UUID.randomUUID()), EmployeeId.newId(), "annual",
                period("2026-07-06", false, "2026-07-10", true), days, null);
    }
}
