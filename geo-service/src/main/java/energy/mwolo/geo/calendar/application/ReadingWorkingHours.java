package energy.mwolo.geo.calendar.application;

import energy.mwolo.geo.agencies.application.BrowsingAgencies;
import energy.mwolo.geo.agencies.model.AgencyId;
import energy.mwolo.geo.calendar.model.Schedules;
import energy.mwolo.platform.security.CurrentUser;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Shows working hours to anyone who may see the agency (closed agencies stay hidden as they do elsewhere). */
@Service
public class ReadingWorkingHours {

    private final Schedules schedules;
    private final BrowsingAgencies agencies;

    ReadingWorkingHours(Schedules schedules, BrowsingAgencies agencies) {
        this.schedules = schedules;
        this.agencies = agencies;
    }

    @Transactional(readOnly = true)
    public WorkingHoursView ofAgency(UUID agency, CurrentUser user) {
        agencies.show(agency, user);
        return WorkingHoursView.of(agency, schedules.of(new AgencyId(agency))
                .orElseGet(schedules::companyDefault));
    }

    @Transactional(readOnly = true)
    public WorkingHoursView companyDefault() {
        return WorkingHoursView.of(null, schedules.companyDefault());
    }
}
