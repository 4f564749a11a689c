package energy.mwolo.hr.leave.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import energy.mwolo.hr.kernel.Codes;
import energy.mwolo.hr.leave.model.LeaveRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An employee's leave request. Its status goes draft -> submitted -> approved or rejected; a draft, submitted or
 * approved request may be cancelled.
 *
 * @param id the request's id
 * @param employee the employee who takes the leave
 * @param leaveType the leave type's code, e.g. {@code annual}
 * @param startDate the leave's first day, ISO {@code yyyy-MM-dd}
 * @param startHalfDay whether the leave begins at midday of its first day
 * @param endDate the leave's last day, ISO {@code yyyy-MM-dd}
 * @param endHalfDay whether the leave ends at midday of its last day
 * @param days the working days it takes, counted when drafted on the agency's calendar (a half day counts 0.5), as a
 *             decimal string such as {@code "4.5"}
 * @param reason the reason given; null when none
 * @param status {@code draft}, {@code submitted}, {@code approved}, {@code rejected} or {@code cancelled}
 */
record LeaveRequestResponse(UUID id, UUID employee, String leaveType, LocalDate startDate, boolean startHalfDay,
                            LocalDate endDate, boolean endHalfDay,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal days, String reason,
                            String status) {

    static LeaveRequestResponse from(LeaveRequest request) {
        return new LeaveRequestResponse(request.id().value(), request.employee().value(), request.leaveType(),
                request.period().start(), request.period().startsAtMidday(), request.period().end(),
                request.period().endsAtMidday(), request.days(), request.reason(), Codes.of(request.status()));
    }
}
