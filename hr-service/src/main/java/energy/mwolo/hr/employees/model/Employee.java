package energy.mwolo.hr.employees.model;

import energy.mwolo.hr.kernel.EmployeeId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A member of staff. Its number never changes; its manager is another employee, never itself nor anyone below it
 * ({@link ManagerChain}); once it has left it changes no more.
 */
public final class Employee {

    private final EmployeeId id;
    private final EmployeeNumber number;
    private EmployeeDetails details;
    private EmployeeId manager;
    private EmployeeStatus status;
    private UUID user;
    private final List<EmployeeEvent> events = new ArrayList<>();

    private Employee(EmployeeId id, EmployeeNumber number, EmployeeDetails details, EmployeeId manager,
                     EmployeeStatus status, UUID user) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.details = Objects.requireNonNull(details, "details");
        this.manager = manager;
        this.status = Objects.requireNonNull(status, "status");
        this.user = user;
    }

    /** A new employee, active from its hire date; its manager must be an employee already (checked by the caller). */
    public static Employee hire(EmployeeNumber number, EmployeeDetails details, EmployeeId manager) {
        return hire(EmployeeId.newId(), number, details, manager);
    }

    /** As {@link #hire(EmployeeNumber, EmployeeDetails, EmployeeId)}, under an id the caller chose. */
    public static Employee hire(EmployeeId id, EmployeeNumber number, EmployeeDetails details, EmployeeId manager) {
        Employee employee = new Employee(id, number, details, manager, EmployeeStatus.ACTIVE, null);
        employee.events.add(new EmployeeEvent.Hired());
        if (employee.teamProfile().listed()) {
            employee.events.add(new EmployeeEvent.TeamProfileChanged());
        }
        return employee;
    }

    /** Rebuilds an employee from storage. */
    public static Employee restore(EmployeeId id, EmployeeNumber number, EmployeeDetails details, EmployeeId manager,
                                   EmployeeStatus status, UUID user) {
        return new Employee(id, number, details, manager, status, user);
    }

    /**
     * Replaces the details and the manager; nothing is recorded when nothing changed.
     *
     * @throws ManagerCycle when the new manager is this employee or reports to it, directly or not
     */
    public void revise(EmployeeDetails newDetails, EmployeeId newManager, ManagerChain chain) {
        requireNotLeft();
        if (!Objects.equals(newManager, manager)) {
            chain.requireNoCycle(id, newManager);
        }
        if (newDetails.equals(details) && Objects.equals(newManager, manager)) {
            return;
        }
        TeamProfile before = teamProfile();
        details = newDetails;
        manager = newManager;
        events.add(new EmployeeEvent.Updated());
        recordTeamProfileChange(before);
    }

    /**
     * Suspends, puts on leave or reinstates the employee ({@link EmployeeStatus#next()}); leaving goes through
     * {@link #depart}, which needs the last day.
     *
     * @throws StatusChangeRefused when the current status does not lead to {@code to}, or to LEFT
     */
    public void changeStatus(EmployeeStatus to, String reason) {
        requireNotLeft();
        if (to == EmployeeStatus.LEFT || !status.next().contains(to)) {
            throw new StatusChangeRefused(status, to);
        }
        EmployeeStatus from = status;
        status = to;
        events.add(new EmployeeEvent.StatusChanged(from, to, reason));
        events.add(new EmployeeEvent.Updated());
    }

    /** The employee leaves after {@code lastDay}; a second departure is refused. */
    public void depart(LocalDate lastDay) {
        requireNotLeft();
        TeamProfile before = teamProfile();
        EmployeeStatus from = status;
        details = details.endingOn(lastDay);
        status = EmployeeStatus.LEFT;
        events.add(new EmployeeEvent.Left(lastDay));
        events.add(new EmployeeEvent.StatusChanged(from, EmployeeStatus.LEFT, null));
        events.add(new EmployeeEvent.Updated());
        recordTeamProfileChange(before);
    }

    public TeamProfile teamProfile() {
        return TeamProfile.of(details, status);
    }

    private void recordTeamProfileChange(TeamProfile before) {
        if (teamProfile().publishableAfter(before)) {
            events.add(new EmployeeEvent.TeamProfileChanged());
        }
    }

    /**
     * Ties an identity account to the employee, whose next token carries {@code employee_id}. The same account again
     * changes nothing; another account while one is linked is refused (HR unlinks in identity first).
     */
    public void linkAccount(UUID account) {
        Objects.requireNonNull(account, "account");
        requireNotLeft();
        if (account.equals(user)) {
            return;
        }
        if (user != null) {
            throw new EmployeeAlreadyLinked(number, user);
        }
        user = account;
        events.add(new EmployeeEvent.AccountLinked(account));
        events.add(new EmployeeEvent.Updated());
    }

    /** The events recorded since the last call, oldest first. */
    public List<EmployeeEvent> pullEvents() {
        List<EmployeeEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    private void requireNotLeft() {
        if (status == EmployeeStatus.LEFT) {
            throw new EmployeeHasLeft(number);
        }
    }

    public EmployeeId id() {
        return id;
    }

    public EmployeeNumber number() {
        return number;
    }

    public EmployeeDetails details() {
        return details;
    }

    public EmployeeId manager() {
        return manager;
    }

    public EmployeeStatus status() {
        return status;
    }

    public UUID user() {
        return user;
    }
}
