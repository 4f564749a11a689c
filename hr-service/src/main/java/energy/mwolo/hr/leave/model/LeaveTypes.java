package energy.mwolo.hr.leave.model;

import java.util.List;
import java.util.Optional;

/** The leave types, data seeded by migration. */
public interface LeaveTypes {

    Optional<LeaveType> byCode(String code);

    List<LeaveType> all();
}
