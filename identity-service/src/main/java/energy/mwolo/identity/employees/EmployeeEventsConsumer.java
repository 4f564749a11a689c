package energy.mwolo.identity.employees;

import energy.mwolo.contracts.hr.EmployeeAccountLinked;
import energy.mwolo.identity.accounts.application.LinkingEmployee;
import energy.mwolo.platform.events.EventConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code hr.employee.events}, exactly once (inbox consumer {@code identity.employees}). An EmployeeAccountLinked
 * (HR's choice) records the employee on the account; other employee events are skipped.
 */
@Configuration(proxyBeanMethods = false)
class EmployeeEventsConsumer {

    @Bean
    EventConsumer employeeEvents(LinkingEmployee linking) {
        return EventConsumer.named("identity.employees")
                .on(EmployeeAccountLinked.CONTRACT, linked -> linking.link(linked.userId(), linked.employeeId()))
                .build();
    }
}
