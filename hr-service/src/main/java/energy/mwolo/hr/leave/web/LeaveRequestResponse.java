package energy.mwolo.hr.leave.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import energy.mwolo.hr.kernel.Codes;
import energy.mwolo.hr.leave.model.LeaveRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

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
