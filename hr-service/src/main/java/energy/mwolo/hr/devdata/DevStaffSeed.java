package energy.mwolo.hr.devdata;

import energy.mwolo.contracts.devdata.DevCustomer;
import energy.mwolo.contracts.devdata.DevStaff;
import energy.mwolo.hr.access.HrAccess;
import energy.mwolo.hr.employees.application.EmployeeDraft;
import energy.mwolo.hr.employees.application.HiringEmployee;
import energy.mwolo.hr.employees.application.RevisingEmployee;
import energy.mwolo.hr.employees.model.ContractType;
import energy.mwolo.hr.employees.model.Currency;
import energy.mwolo.hr.employees.model.Department;
import energy.mwolo.hr.employees.model.Employee;
import energy.mwolo.hr.employees.model.EmployeeDetails;
import energy.mwolo.hr.employees.model.Employees;
import energy.mwolo.hr.employees.model.Position;
import energy.mwolo.hr.employees.model.Salary;
import energy.mwolo.hr.kernel.BusinessTime;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.leave.application.BrowsingLeave;
import energy.mwolo.hr.leave.application.CreditingLeave;
import energy.mwolo.hr.leave.application.LeaveDraft;
import energy.mwolo.hr.leave.application.LeaveQuery;
import energy.mwolo.hr.leave.application.RequestingLeave;
import energy.mwolo.hr.leave.model.LeavePeriod;
import energy.mwolo.platform.devdata.RetriedSeed;
import energy.mwolo.platform.readmodels.agencies.Agencies;
import energy.mwolo.platform.readmodels.agencies.Agency;
import energy.mwolo.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The employee records of the dev accounts that are staff, so that a person signed in as {@code rh@mwolo.local}
 * finds a team and {@code employe@mwolo.local} finds their own record and leave: the HR officer and, reporting to
 * them, a technician, both filed at geo's dev agency ({@link DevStaff#AGENCY_NAME}), each linked to their account;
 * the technician's opening annual-leave balance and a request for three days next month, submitted and awaiting
 * HR's decision; last month's payroll of the agency, paid, so each has a payslip ({@link DevPayslips}). Everything goes through the use cases (HR's in the dev super administrator's name, the request in
 * the employee's own), so it is announced on hr's topics like anything else. Geo's agency comes by events in its own
 * time, so this tries every {@code mwolo.dev-data.retry-every} until done, all steps in one transaction; each step
 * is skipped once done, so a restart adds nothing. Never active in another profile.
 */
@Component
@Profile("dev")
class DevStaffSeed extends RetriedSeed {

    static final String LEAVE_REASON = "Mariage de ma sœur à Lubumbashi";
    static final BigDecimal OPENING_BALANCE = new BigDecimal("12");
    private static final CurrentUser SEEDER = CurrentUser.superAdmin(DevCustomer.seedingUserId());
    private static final Logger log = LoggerFactory.getLogger(DevStaffSeed.class);

    private final Agencies agencies;
    private final Employees employees;
    private final HiringEmployee hiring;
    private final RevisingEmployee revising;
    private final CreditingLeave crediting;
    private final RequestingLeave requesting;
    private final BrowsingLeave browsing;
    private final DevPayslips payslips;
    private final TransactionTemplate transactions;

    DevStaffSeed(Agencies agencies, Employees employees, HiringEmployee hiring, RevisingEmployee revising,
                 CreditingLeave crediting, RequestingLeave requesting, BrowsingLeave browsing,
                 DevPayslips payslips, TransactionTemplate transactions) {
        this.agencies = agencies;
        this.employees = employees;
        this.hiring = hiring;
        this.revising = revising;
        this.crediting = crediting;
        this.requesting = requesting;
        this.browsing = browsing;
        this.payslips = payslips;
        this.transactions = transactions;
    }

    /** Completes what is missing, in one transaction; false while geo's dev agency is not known yet. */
    @Override
    public boolean seed() {
        return Boolean.TRUE.equals(transactions.execute(status -> seedMissing()));
    }

    private boolean seedMissing() {
        Optional<Agency> agency = agencies.open().stream()
                .filter(open -> open.name().equals(DevStaff.AGENCY_NAME)).findFirst();
        if (agency.isEmpty()) {
            log.debug("Dev staff: the agency {} is not known yet", DevStaff.AGENCY_NAME);
            return false;
        }
        UUID at = agency.get().id();
        EmployeeId officer = hire(DevStaff.HR_EMAIL, new EmployeeDetails(at, "Grâce", "Mukendi", "Mbombo", "CD",
                LocalDate.of(1988, 4, 12), "Kinshasa", null, Position.RESPONSABLE_RH, Department.RH, ContractType.CDI,
                LocalDate.of(2021, 2, 1), null, new Salary(new BigDecimal("1800.00"), Currency.USD), null, null), null);
        EmployeeId technician = hire(DevStaff.EMPLOYEE_EMAIL, new EmployeeDetails(at, "Fiston", "Ngoy", "Kabamba",
                "CD", LocalDate.of(1995, 9, 3), "Likasi", null, Position.TECHNICIEN, Department.OPERATIONS,
                ContractType.CDI, LocalDate.of(2023, 6, 1), null, new Salary(new BigDecimal("650.00"), Currency.USD),
                null, null), officer);
        requestLeave(technician, at);
        payslips.payLastMonth(at, SEEDER);
        log.info("Dev staff: {} and {} are employees of {}", DevStaff.HR_EMAIL, DevStaff.EMPLOYEE_EMAIL,
                DevStaff.AGENCY_NAME);
        return true;
    }

    private EmployeeId hire(String email, EmployeeDetails details, EmployeeId manager) {
        EmployeeId id = new EmployeeId(DevStaff.employeeId(email));
        if (!employees.exists(id)) {
            hiring.hireWithId(id, new EmployeeDraft(details, manager), SEEDER);
        }
        if (employees.byId(id).map(Employee::user).isEmpty()) {
            revising.linkAccount(id, DevStaff.userId(email), SEEDER);
        }
        return id;
    }

    /** The opening balance, then the request, each once: a request of the employee already there stops both. */
    private void requestLeave(EmployeeId employee, UUID agency) {
        if (browsing.count(browsing.scoped(new LeaveQuery(employee, null, null, false, null), SEEDER)) > 0) {
            return;
        }
        crediting.allocate(employee, "annual", OPENING_BALANCE, SEEDER);
        LocalDate monday = LocalDate.now(BusinessTime.ZONE).plusMonths(1).withDayOfMonth(1)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        CurrentUser self = new CurrentUser(DevStaff.userId(DevStaff.EMPLOYEE_EMAIL), Set.of("EMPLOYEE"),
                Set.of(HrAccess.READ, HrAccess.CREATE), agency, null, employee.value());
        requesting.draft(new LeaveDraft(employee, "annual", new LeavePeriod(monday, false, monday.plusDays(2), false),
                LEAVE_REASON, true), self);
    }
}
