package energy.mwolo.cms.team;

import energy.mwolo.contracts.hr.EmployeeHired;
import energy.mwolo.contracts.hr.EmployeeLeft;
import energy.mwolo.contracts.hr.EmployeeUpdated;
import energy.mwolo.platform.events.EventConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Listens to hr.employee.events for the team page (consumer {@code cms.team}). */
@Configuration(proxyBeanMethods = false)
class StaffEventsConsumer {

    @Bean
    EventConsumer staffEvents(HearingOfStaff hearing) {
        return EventConsumer.named("cms.team")
                .on(EmployeeHired.CONTRACT, hearing::hired)
                .on(EmployeeUpdated.CONTRACT, hearing::updated)
                .on(EmployeeLeft.CONTRACT, hearing::left)
                .build();
    }
}
