package energy.mwolo.hr.employees.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Employees as HR would record them. */
final class EmployeeFixtures {

    static final UUID AGENCY = UUID.fromString("7e2b9c41-5a3d-4f6e-9b8a-1c2d3e4f5a6b");

    private EmployeeFixtures() {
    }

    static EmployeeDetails details() {
        return new EmployeeDetails(AGENCY, "Aimée", "Mbuyi", "Kalala", "congolaise", LocalDate.of(1990, 4, 12),
                "Mbuji-Mayi", new Nif("A1234567"), Position.TECHNICIEN, Department.OPERATIONS, ContractType.CDI,
                LocalDate.of(2024, 3, 1), null, new Salary(new BigDecimal("850"), Currency.USD), null, null);
    }

    static Employee hired(int number) {
        Employee employee = Employee.hire(EmployeeNumber.of(number), details(), null);
        employee.pullEvents();
        return employee;
    }
}
