package energy.mwolo.hr.employees.persistence;

import energy.mwolo.hr.employees.application.EmployeeDirectory;
import energy.mwolo.hr.employees.application.EmployeeQuery;
import energy.mwolo.hr.employees.model.AccountTaken;
import energy.mwolo.hr.employees.model.ContractType;
import energy.mwolo.hr.employees.model.Currency;
import energy.mwolo.hr.employees.model.Department;
import energy.mwolo.hr.employees.model.DuplicateNif;
import energy.mwolo.hr.employees.model.EmergencyContact;
import energy.mwolo.hr.employees.model.Employee;
import energy.mwolo.hr.employees.model.EmployeeDetails;
import energy.mwolo.hr.employees.model.EmployeeNumber;
import energy.mwolo.hr.employees.model.EmployeeStatus;
import energy.mwolo.hr.employees.model.Employees;
import energy.mwolo.hr.employees.model.Nif;
import energy.mwolo.hr.employees.model.Position;
import energy.mwolo.hr.employees.model.PublicProfile;
import energy.mwolo.hr.employees.model.Salary;
import energy.mwolo.hr.kernel.Codes;
import energy.mwolo.hr.kernel.EmployeeId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.postgresql.util.PSQLException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** Employees through JPA; writes are flushed at once so that a unique index fires inside the use case. */
@Component
class JpaEmployees implements Employees, EmployeeDirectory {

    private static final String UNIQUE_VIOLATION = "23505";

    private final EmployeeRows rows;
    @PersistenceContext
    private EntityManager entityManager;

    JpaEmployees(EmployeeRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<Employee> byId(EmployeeId id) {
        return rows.lockById(id.value()).map(JpaEmployees::employee);
    }

    @Override
    public Optional<Employee> find(EmployeeId id) {
        return rows.findById(id.value()).map(JpaEmployees::employee);
    }

    @Override
    public boolean exists(EmployeeId id) {
        return rows.existsById(id.value());
    }

    @Override
    public Optional<EmployeeId> managerOf(EmployeeId employee) {
        return rows.managerOf(employee.value()).map(EmployeeId::new);
    }

    @Override
    public EmployeeNumber nextNumber() {
        return EmployeeNumber.of(rows.nextNumber());
    }

    @Override
    public void lockHierarchy() {
        rows.lockHierarchy();
    }

    @Override
    public boolean nifTaken(Nif nif, EmployeeId except) {
        return except == null ? rows.existsByNif(nif.value()) : rows.existsByNifAndIdNot(nif.value(), except.value());
    }

    @Override
    public boolean accountTaken(UUID account, EmployeeId except) {
        return rows.existsByUserIdAndIdNot(account, except.value());
    }

    @Override
    public void add(Employee employee) {
        EmployeeEntity entity = new EmployeeEntity(employee.id().value(), Instant.now());
        copy(employee, entity);
        persist(employee, () -> entityManager.persist(entity));
    }

    @Override
    public void update(Employee employee) {
        EmployeeEntity entity = entityManager.find(EmployeeEntity.class, employee.id().value());
        persist(employee, () -> copy(employee, entity));
    }

    private void persist(Employee employee, Runnable write) {
        try {
            write.run();
            entityManager.flush();
        } catch (PersistenceException e) {
            String index = violatedIndex(e);
            if ("employees_nif_key".equals(index)) {
                throw new DuplicateNif(employee.details().nif());
            }
            if ("employees_user_key".equals(index)) {
                throw new AccountTaken(employee.user());
            }
            throw e;
        }
    }

    @Override
    public long count(EmployeeQuery query) {
        return rows.count(matching(query));
    }

    @Override
    public List<Employee> find(EmployeeQuery query, long offset, int limit) {
        // the API's pages all have the caller's page size, so the offset is a whole number of pages
        PageRequest page = PageRequest.of((int) (offset / limit), limit, Sort.by("number"));
        return rows.findAll(matching(query), page).stream().map(JpaEmployees::employee).toList();
    }

    private static Specification<EmployeeEntity> matching(EmployeeQuery query) {
        Specification<EmployeeEntity> spec = Specification.unrestricted();
        if (query.agency() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("agencyId"), query.agency()));
        }
        if (query.status() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), Codes.of(query.status())));
        }
        if (query.department() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("department"), Codes.of(query.department())));
        }
        if (query.manager() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("managerId"), query.manager().value()));
        }
        if (query.search() != null && !query.search().isBlank()) {
            String pattern = "%" + query.search().strip().toLowerCase(Locale.ROOT).replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            spec = spec.and((root, q, cb) -> cb.or(cb.like(cb.lower(root.get("firstName")), pattern, '\\'),
                    cb.like(cb.lower(root.get("lastName")), pattern, '\\'),
                    cb.like(cb.lower(root.get("number")), pattern, '\\')));
        }
        if (query.visibleTo() != null) {
            UUID self = query.visibleTo().value();
            spec = spec.and((root, q, cb) -> cb.or(cb.equal(root.get("id"), self),
                    cb.equal(root.get("managerId"), self)));
        }
        return spec;
    }

    private static void copy(Employee employee, EmployeeEntity entity) {
        EmployeeDetails details = employee.details();
        entity.number = employee.number().value();
        entity.userId = employee.user();
        entity.agencyId = details.agency();
        entity.firstName = details.firstName();
        entity.lastName = details.lastName();
        entity.postName = details.postName();
        entity.nationality = details.nationality();
        entity.birthDate = details.birthDate();
        entity.birthPlace = details.birthPlace();
        entity.nif = details.nif() == null ? null : details.nif().value();
        entity.position = Codes.of(details.position());
        entity.department = Codes.of(details.department());
        entity.contractType = Codes.of(details.contractType());
        entity.hireDate = details.hireDate();
        entity.endDate = details.endDate();
        entity.status = Codes.of(employee.status());
        entity.managerId = employee.manager() == null ? null : employee.manager().value();
        entity.salaryAmount = details.salary().amount();
        entity.salaryCurrency = details.salary().currency().name();
        entity.emergencyContactName = details.emergencyContact().name();
        entity.emergencyContactPhone = details.emergencyContact().phone();
        entity.keyStaff = details.publicProfile().keyStaff();
        entity.photoUrl = details.publicProfile().photoUrl();
        entity.bio = details.publicProfile().bio();
        entity.updatedAt = Instant.now();
    }

    private static Employee employee(EmployeeEntity entity) {
        EmployeeDetails details = new EmployeeDetails(entity.agencyId, entity.firstName, entity.lastName,
                entity.postName, entity.nationality, entity.birthDate, entity.birthPlace,
                entity.nif == null ? null : new Nif(entity.nif),
                Codes.parse(Position.class, entity.position, "position"),
                Codes.parse(Department.class, entity.department, "department"),
                Codes.parse(ContractType.class, entity.contractType, "contract_type"), entity.hireDate,
                entity.endDate, new Salary(entity.salaryAmount, Currency.valueOf(entity.salaryCurrency)),
                new EmergencyContact(entity.emergencyContactName, entity.emergencyContactPhone),
                new PublicProfile(entity.keyStaff, entity.photoUrl, entity.bio));
        return Employee.restore(new EmployeeId(entity.id), new EmployeeNumber(entity.number), details,
                EmployeeId.ofNullable(entity.managerId),
                Codes.parse(EmployeeStatus.class, entity.status, "status"), entity.userId);
    }

    private static String violatedIndex(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && UNIQUE_VIOLATION.equals(psql.getSQLState())
                    && psql.getServerErrorMessage() != null) {
                return psql.getServerErrorMessage().getConstraint();
            }
        }
        return "";
    }
}
