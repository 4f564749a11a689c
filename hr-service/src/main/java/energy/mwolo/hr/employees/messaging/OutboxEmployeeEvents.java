package energy.mwolo.hr.employees.messaging;

import energy.mwolo.contracts.hr.EmployeeAccountLinked;
import energy.mwolo.contracts.hr.EmployeeHired;
import energy.mwolo.contracts.hr.EmployeeLeft;
import energy.mwolo.contracts.hr.EmployeeStatusChanged;
import energy.mwolo.contracts.hr.EmployeeUpdated;
import energy.mwolo.contracts.hr.TeamProfileChanged;
import energy.mwolo.hr.employees.application.EmployeeEventPublisher;
import energy.mwolo.hr.employees.model.Employee;
import energy.mwolo.hr.employees.model.EmployeeDetails;
import energy.mwolo.hr.employees.model.EmployeeEvent;
import energy.mwolo.hr.employees.model.PublicProfile;
import energy.mwolo.hr.employees.model.TeamProfile;
import energy.mwolo.hr.kernel.Codes;
import energy.mwolo.platform.outbox.Outbox;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Hired and updated events carry the employee's whole public state after the change, so that a consumer (the
 * website's team page) keeps its copy from them alone; salary and NIF never leave the service. The Kafka key is the
 * employee id: an employee's events stay in order.
 */
@Component
class OutboxEmployeeEvents implements EmployeeEventPublisher {

    private final Outbox outbox;

    OutboxEmployeeEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publishRecordedEvents(Employee employee, CurrentUser actor) {
        String key = employee.id().toString();
        Instant now = Instant.now();
        for (EmployeeEvent event : employee.pullEvents()) {
            if (event instanceof EmployeeEvent.Hired) {
                outbox.publish(EmployeeHired.CONTRACT, key, hired(employee, now));
            } else if (event instanceof EmployeeEvent.Updated) {
                outbox.publish(EmployeeUpdated.CONTRACT, key, updated(employee, now));
            } else if (event instanceof EmployeeEvent.Left left) {
                outbox.publish(EmployeeLeft.CONTRACT, key, new EmployeeLeft(employee.id().value(),
                        employee.number().value(), employee.details().agency(), left.lastDay(), now));
            } else if (event instanceof EmployeeEvent.AccountLinked linked) {
                outbox.publish(EmployeeAccountLinked.CONTRACT, key, new EmployeeAccountLinked(employee.id().value(),
                        employee.number().value(), linked.user(), actor.userId(), now));
            } else if (event instanceof EmployeeEvent.StatusChanged changed) {
                outbox.publish(EmployeeStatusChanged.CONTRACT, key, new EmployeeStatusChanged(
                        employee.id().value(), employee.number().value(), employee.details().agency(),
                        Codes.of(changed.from()), Codes.of(changed.to()), changed.reason(), now));
            } else if (event instanceof EmployeeEvent.TeamProfileChanged) {
                outbox.publish(TeamProfileChanged.CONTRACT, key, teamProfile(employee, now));
            }
        }
    }

    private static EmployeeHired hired(Employee employee, Instant now) {
        EmployeeDetails details = employee.details();
        PublicProfile profile = details.publicProfile();
        return new EmployeeHired(employee.id().value(), employee.number().value(), details.agency(),
                details.firstName(), details.lastName(), details.postName(), Codes.of(details.position()),
                Codes.of(details.department()), Codes.of(details.contractType()), details.hireDate(),
                details.endDate(), Codes.of(employee.status()), manager(employee), employee.user(),
                profile.keyStaff(), profile.photoUrl(), profile.bio(), now);
    }

    private static EmployeeUpdated updated(Employee employee, Instant now) {
        EmployeeHired state = hired(employee, now);
        return new EmployeeUpdated(state.employeeId(), state.number(), state.agencyId(), state.firstName(),
                state.lastName(), state.postName(), state.position(), state.department(), state.contractType(),
                state.hireDate(), state.endDate(), state.status(), state.managerId(), state.userId(),
                state.keyStaff(), state.photoUrl(), state.bio(), now);
    }

    private static TeamProfileChanged teamProfile(Employee employee, Instant now) {
        TeamProfile profile = employee.teamProfile();
        return new TeamProfileChanged(employee.id().value(), profile.listed(), profile.agency(), profile.firstName(),
                profile.lastName(), Codes.of(profile.position()), Codes.of(profile.department()), profile.photoUrl(),
                profile.bio(), now);
    }

    private static UUID manager(Employee employee) {
        return employee.manager() == null ? null : employee.manager().value();
    }
}
