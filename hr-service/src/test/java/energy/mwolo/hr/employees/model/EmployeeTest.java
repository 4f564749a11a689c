package energy.mwolo.hr.employees.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.kernel.InvalidField;
import energy.mwolo.platform.errors.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EmployeeTest {

    /** A hierarchy held in memory: employee to manager. */
    private final Map<EmployeeId, EmployeeId> managers = new HashMap<>();
    private final ManagerChain chain = employee -> Optional.ofNullable(managers.get(employee));

    @Test
    void hiringRecordsTheEmployeeActiveUnderItsNumber() {
        Employee employee = Employee.hire(EmployeeNumber.of(42), EmployeeFixtures.details(), null);

        assertThat(employee.number().value()).isEqualTo("EMP-00042");
        assertThat(employee.status()).isEqualTo(EmployeeStatus.ACTIVE);
        assertThat(employee.pullEvents()).containsExactly(new EmployeeEvent.Hired());
    }

    @Test
    void anEmployeeCannotBeItsOwnManager() {
        Employee employee = EmployeeFixtures.hired(1);

        assertThatThrownBy(() -> employee.revise(employee.details(), employee.id(), chain))
                .isInstanceOf(ManagerCycle.class);
    }

    @Test
    void aManagerBelowTheEmployeeWouldCloseACycleAndIsRefused() {
        Employee top = EmployeeFixtures.hired(1);
        EmployeeId middle = EmployeeId.newId();
        EmployeeId bottom = EmployeeId.newId();
        managers.put(middle, top.id());
        managers.put(bottom, middle);

        assertThatThrownBy(() -> top.revise(top.details(), bottom, chain)).isInstanceOf(ManagerCycle.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("hr.employee.manager_cycle");
        assertThat(top.manager()).isNull();
        assertThat(top.pullEvents()).isEmpty();
    }

    @Test
    void aManagerInAnotherBranchIsAccepted() {
        Employee employee = EmployeeFixtures.hired(1);
        EmployeeId boss = EmployeeId.newId();
        EmployeeId colleague = EmployeeId.newId();
        managers.put(colleague, boss);

        employee.revise(employee.details(), colleague, chain);

        assertThat(employee.manager()).isEqualTo(colleague);
        assertThat(employee.pullEvents()).containsExactly(new EmployeeEvent.Updated());
    }

    @Test
    void aCycleAlreadyInTheDataAboveTheManagerEndsTheWalk() {
        Employee employee = EmployeeFixtures.hired(1);
        EmployeeId a = EmployeeId.newId();
        EmployeeId b = EmployeeId.newId();
        managers.put(a, b);
        managers.put(b, a);

        employee.revise(employee.details(), a, chain);

        assertThat(employee.manager()).isEqualTo(a);
    }

    @Test
    void revisingWithTheSameDetailsAndManagerRecordsNothing() {
        Employee employee = EmployeeFixtures.hired(1);

        employee.revise(EmployeeFixtures.details(), null, chain);

        assertThat(employee.pullEvents()).isEmpty();
    }

    @Test
    void aSalaryWithThreeDecimalsIsRefusedNotRounded() {
        assertThatThrownBy(() -> new Salary(new BigDecimal("850.125"), Currency.USD)).isInstanceOf(InvalidField.class)
                .extracting(e -> ((InvalidField) e).code(), e -> ((InvalidField) e).field())
                .containsExactly("hr.salary.invalid", "salary.amount");
        assertThat(new Salary(new BigDecimal("850.100"), Currency.USD).amount()).isEqualTo("850.10");
    }

    @Test
    void aNegativeOrZeroSalaryIsRefused() {
        assertThatThrownBy(() -> new Salary(BigDecimal.ZERO, Currency.CDF)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> new Salary(new BigDecimal("-1"), Currency.CDF)).isInstanceOf(InvalidField.class);
    }

    @Test
    void departureEndsTheRecordAndASecondOneIsRefused() {
        Employee employee = EmployeeFixtures.hired(1);

        employee.depart(LocalDate.of(2026, 6, 30));

        assertThat(employee.status()).isEqualTo(EmployeeStatus.LEFT);
        assertThat(employee.details().endDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(employee.pullEvents()).containsExactly(new EmployeeEvent.Left(LocalDate.of(2026, 6, 30)),
                new EmployeeEvent.StatusChanged(EmployeeStatus.ACTIVE, EmployeeStatus.LEFT, null),
                new EmployeeEvent.Updated());
        assertThatThrownBy(() -> employee.depart(LocalDate.of(2026, 7, 1))).isInstanceOf(EmployeeHasLeft.class);
    }

    @Test
    void aDepartureBeforeTheHireDateIsRefused() {
        Employee employee = EmployeeFixtures.hired(1);

        assertThatThrownBy(() -> employee.depart(LocalDate.of(2020, 1, 1))).isInstanceOf(InvalidField.class)
                .extracting(e -> ((InvalidField) e).code()).isEqualTo("hr.employee.end_before_hire");
    }

    @Test
    void linkingTheSameAccountTwiceChangesNothingAndAnotherAccountIsRefused() {
        Employee employee = EmployeeFixtures.hired(1);
        UUID account = UUID.randomUUID();

        employee.linkAccount(account);
        employee.linkAccount(account);

        assertThat(employee.pullEvents()).containsExactly(new EmployeeEvent.AccountLinked(account),
                new EmployeeEvent.Updated());
        assertThatThrownBy(() -> employee.linkAccount(UUID.randomUUID())).isInstanceOf(EmployeeAlreadyLinked.class);
    }

    @Test
    void numbersHaveFiveDigits() {
        assertThat(EmployeeNumber.of(7).value()).isEqualTo("EMP-00007");
        assertThatThrownBy(() -> EmployeeNumber.of(100_000)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anActiveEmployeeIsSuspendedThenReinstatedWithAnEventForEachChange() {
        Employee employee = EmployeeFixtures.hired(1);

        employee.changeStatus(EmployeeStatus.SUSPENDED, "enquête");
        employee.changeStatus(EmployeeStatus.ACTIVE, null);

        assertThat(employee.status()).isEqualTo(EmployeeStatus.ACTIVE);
        assertThat(employee.pullEvents()).containsExactly(
                new EmployeeEvent.StatusChanged(EmployeeStatus.ACTIVE, EmployeeStatus.SUSPENDED, "enquête"),
                new EmployeeEvent.Updated(),
                new EmployeeEvent.StatusChanged(EmployeeStatus.SUSPENDED, EmployeeStatus.ACTIVE, null),
                new EmployeeEvent.Updated());
    }

    @Test
    void aSuspendedEmployeeCannotGoOnLeaveNorAnActiveOneBecomeActiveAgain() {
        Employee employee = EmployeeFixtures.hired(1);

        assertThatThrownBy(() -> employee.changeStatus(EmployeeStatus.ACTIVE, null))
                .isInstanceOf(StatusChangeRefused.class);
        employee.changeStatus(EmployeeStatus.SUSPENDED, null);
        assertThatThrownBy(() -> employee.changeStatus(EmployeeStatus.ON_LEAVE, null))
                .isInstanceOf(StatusChangeRefused.class);
        assertThat(employee.status()).isEqualTo(EmployeeStatus.SUSPENDED);
    }

    @Test
    void leavingGoesThroughTheDepartureAndALeftEmployeeChangesStatusNoMore() {
        Employee employee = EmployeeFixtures.hired(1);

        assertThatThrownBy(() -> employee.changeStatus(EmployeeStatus.LEFT, null))
                .isInstanceOf(StatusChangeRefused.class);
        employee.changeStatus(EmployeeStatus.ON_LEAVE, "maternité");
        employee.depart(LocalDate.of(2026, 6, 30));
        assertThatThrownBy(() -> employee.changeStatus(EmployeeStatus.ACTIVE, null))
                .isInstanceOf(EmployeeHasLeft.class);
    }

    @Test
    void theTeamPageHearsOfKeyStaffOnlyAndOfTheirDeparture() {
        Employee plain = EmployeeFixtures.hired(1);
        plain.revise(withProfile(new PublicProfile(false, null, "Technicienne")), null, id -> Optional.empty());
        assertThat(plain.pullEvents()).doesNotContain(new EmployeeEvent.TeamProfileChanged());

        Employee key = Employee.hire(EmployeeNumber.of(2), withProfile(new PublicProfile(true, null, "Directrice")),
                null);
        assertThat(key.pullEvents()).contains(new EmployeeEvent.TeamProfileChanged());
        assertThat(key.teamProfile().listed()).isTrue();

        key.depart(LocalDate.of(2026, 6, 30));
        assertThat(key.pullEvents()).contains(new EmployeeEvent.TeamProfileChanged());
        assertThat(key.teamProfile().listed()).isFalse();
    }

    private static EmployeeDetails withProfile(PublicProfile profile) {
        EmployeeDetails d = EmployeeFixtures.details();
        return new EmployeeDetails(d.agency(), d.firstName(), d.lastName(), d.postName(), d.nationality(),
                d.birthDate(), d.birthPlace(), d.nif(), d.position(), d.department(), d.contractType(), d.hireDate(),
                d.endDate(), d.salary(), d.emergencyContact(), profile);
    }
}
