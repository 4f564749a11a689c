package energy.mwolo.identity.accounts.application;

import energy.mwolo.identity.accounts.model.EmployeeLinking;
import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.accounts.model.UserId;
import energy.mwolo.identity.accounts.model.Users;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * hr-service tied an employee to an account: the account records the employee, so its next access token carries
 * {@code employee_id}. An account tied to another employee keeps it (logged as a warning); {@code UserUpdated} is
 * published only when the link changes. Runs in the caller's transaction (the consumer's inbox).
 */
@Service
public class LinkingEmployee {

    private static final Logger log = LoggerFactory.getLogger(LinkingEmployee.class);

    private final Users users;
    private final UserEventPublisher events;
    private final Clock clock;

    LinkingEmployee(Users users, UserEventPublisher events, Clock clock) {
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** @return what happened, or empty when no account has this id */
    @Transactional
    public Optional<EmployeeLinking> link(UUID userId, UUID employeeId) {
        Optional<User> found = users.byId(new UserId(userId));
        if (found.isEmpty()) {
            log.debug("Employee {} names account {}, which does not exist here", employeeId, userId);
            return Optional.empty();
        }
        User user = found.get();
        EmployeeLinking result = user.linkEmployee(employeeId, clock.instant());
        switch (result) {
            case LINKED -> {
                users.update(user);
                events.publishRecordedEvents(user);
            }
            case LINKED_TO_ANOTHER -> log.warn("Account {} is already linked to employee {}: keeping it, not linking"
                    + " employee {}", userId, user.links().employee(), employeeId);
            case ALREADY_LINKED -> log.debug("Account {} is already linked to employee {}", userId, employeeId);
        }
        return Optional.of(result);
    }
}
