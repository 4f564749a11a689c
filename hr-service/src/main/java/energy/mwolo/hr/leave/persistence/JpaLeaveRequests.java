package energy.mwolo.hr.leave.persistence;

import energy.mwolo.hr.kernel.Codes;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.leave.application.LeaveDirectory;
import energy.mwolo.hr.leave.application.LeaveQuery;
import energy.mwolo.hr.leave.model.LeavePeriod;
import energy.mwolo.hr.leave.model.LeaveRequest;
import energy.mwolo.hr.leave.model.LeaveRequestId;
import energy.mwolo.hr.leave.model.LeaveRequests;
import energy.mwolo.hr.leave.model.LeaveStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** Leave requests through JPA; writes are flushed at once so that the ledger's statements see them. */
@Component
class JpaLeaveRequests implements LeaveRequests, LeaveDirectory {

    private final LeaveRequestRows rows;
    @PersistenceContext
    private EntityManager entityManager;

    JpaLeaveRequests(LeaveRequestRows rows) {
        this.rows = rows;
    }

    @Override
    public void lockEmployee(EmployeeId employee) {
        rows.lockEmployee(employee.value());
    }

    @Override
    public Optional<EmployeeId> employeeOf(LeaveRequestId id) {
        return rows.employeeOf(id.value()).map(EmployeeId::new);
    }

    @Override
    public Optional<LeaveRequest> byId(LeaveRequestId id) {
        return rows.lockById(id.value()).map(JpaLeaveRequests::request);
    }

    @Override
    public Optional<LeaveRequest> find(LeaveRequestId id) {
        return rows.findById(id.value()).map(JpaLeaveRequests::request);
    }

    @Override
    public List<LeaveRequest> approvedOf(EmployeeId employee, LeaveRequestId except) {
        return rows.findByEmployeeIdAndStatusAndIdNot(employee.value(), Codes.of(LeaveStatus.APPROVED),
                except.value()).stream().map(JpaLeaveRequests::request).toList();
    }

    @Override
    public BigDecimal submittedDays(EmployeeId employee, String leaveType, LeaveRequestId except) {
        return rows.submittedDays(employee.value(), leaveType, except.value());
    }

    @Override
    public void add(LeaveRequest request) {
        LeaveRequestEntity entity = new LeaveRequestEntity(request.id().value(), Instant.now());
        copy(request, entity);
        entityManager.persist(entity);
        entityManager.flush();
    }

    @Override
    public void update(LeaveRequest request) {
        copy(request, entityManager.find(LeaveRequestEntity.class, request.id().value()));
        entityManager.flush();
    }

    @Override
    public long count(LeaveQuery query) {
        return rows.count(matching(query));
    }

    @Override
    public List<LeaveRequest> find(LeaveQuery query, long offset, int limit) {
        // the API's pages all have the caller's page size, so the offset is a whole number of pages
        PageRequest page = PageRequest.of((int) (offset / limit), limit,
                Sort.by(Sort.Order.desc("startDate"), Sort.Order.asc("id")));
        return rows.findAll(matching(query), page).stream().map(JpaLeaveRequests::request).toList();
    }

    private static Specification<LeaveRequestEntity> matching(LeaveQuery query) {
        Specification<LeaveRequestEntity> spec = Specification.unrestricted();
        if (query.employee() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("employeeId"), query.employee().value()));
        }
        if (query.status() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), Codes.of(query.status())));
        }
        if (query.leaveType() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("leaveType"), query.leaveType()));
        }
        if (query.restricted()) {
            if (query.visibleTo() == null) {
                return spec.and((root, q, cb) -> cb.disjunction());
            }
            UUID self = query.visibleTo().value();
            spec = spec.and((root, q, cb) -> {
                var reports = q.subquery(UUID.class);
                var employee = reports.from(EmployeeRow.class);
                reports.select(employee.get("id")).where(cb.equal(employee.get("managerId"), self));
                return cb.or(cb.equal(root.get("employeeId"), self), root.get("employeeId").in(reports));
            });
        }
        return spec;
    }

    private static void copy(LeaveRequest request, LeaveRequestEntity entity) {
        entity.employeeId = request.employee().value();
        entity.leaveType = request.leaveType();
        entity.startDate = request.period().start();
        entity.startHalfDay = request.period().startsAtMidday();
        entity.endDate = request.period().end();
        entity.endHalfDay = request.period().endsAtMidday();
        entity.days = request.days();
        entity.reason = request.reason();
        entity.status = Codes.of(request.status());
        entity.updatedAt = Instant.now();
    }

    private static LeaveRequest request(LeaveRequestEntity entity) {
        return LeaveRequest.restore(new LeaveRequestId(entity.id), new EmployeeId(entity.employeeId),
                entity.leaveType, new LeavePeriod(entity.startDate, entity.startHalfDay, entity.endDate,
                        entity.endHalfDay), entity.days, entity.reason,
                Codes.parse(LeaveStatus.class, entity.status, "status"));
    }
}
