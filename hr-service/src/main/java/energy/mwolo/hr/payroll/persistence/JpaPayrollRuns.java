package energy.mwolo.hr.payroll.persistence;

import energy.mwolo.hr.kernel.Codes;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.payroll.application.PayrollRecords;
import energy.mwolo.hr.payroll.application.PayslipView;
import energy.mwolo.hr.payroll.application.RunView;
import energy.mwolo.hr.payroll.model.Earner;
import energy.mwolo.hr.payroll.model.ExchangeRate;
import energy.mwolo.hr.payroll.model.PayCurrency;
import energy.mwolo.hr.payroll.model.PayLine;
import energy.mwolo.hr.payroll.model.PayrollRun;
import energy.mwolo.hr.payroll.model.PayrollRunId;
import energy.mwolo.hr.payroll.model.PayrollRuns;
import energy.mwolo.hr.payroll.model.Payslip;
import energy.mwolo.hr.payroll.model.PayslipFigures;
import energy.mwolo.hr.payroll.model.PayslipId;
import energy.mwolo.hr.payroll.model.RunScope;
import energy.mwolo.hr.payroll.model.RunStatus;
import energy.mwolo.hr.payroll.model.RunTotals;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Runs and their payslips through JPA, inserted in JDBC batches (see application.yml). */
@Component
class JpaPayrollRuns implements PayrollRuns, PayrollRecords {

    private static final String ALLOWANCE = "allowance";
    private static final String ADJUSTMENT = "adjustment";

    private final PayrollRunRows runs;
    private final PayslipRows payslips;
    @PersistenceContext
    private EntityManager entityManager;

    JpaPayrollRuns(PayrollRunRows runs, PayslipRows payslips) {
        this.runs = runs;
        this.payslips = payslips;
    }

    @Override
    public void lockMonth(YearMonth month) {
        runs.lockMonth(month.toString());
    }

    @Override
    public Optional<PayrollRunId> overlapping(YearMonth month, RunScope scope) {
        return runs.overlapping(month.toString(), scope.agency()).stream().findFirst().map(PayrollRunId::new);
    }

    @Override
    public Optional<PayrollRun> byId(PayrollRunId id) {
        return runs.lockById(id.value()).map(JpaPayrollRuns::run);
    }

    @Override
    public boolean paidFor(EmployeeId employee, YearMonth month) {
        return runs.countPaid(employee.value(), month.toString()) > 0;
    }

    @Override
    public void add(PayrollRun run) {
        PayrollRunEntity entity = new PayrollRunEntity(run.id().value(), Instant.now());
        copy(run, entity);
        addPayslips(run, entity);
        entityManager.persist(entity);
        entityManager.flush();
    }

    @Override
    public void update(PayrollRun run) {
        copy(run, entityManager.find(PayrollRunEntity.class, run.id().value()));
        entityManager.flush();
    }

    @Override
    public void replacePayslips(PayrollRun run) {
        PayrollRunEntity entity = entityManager.find(PayrollRunEntity.class, run.id().value());
        copy(run, entity);
        entity.payslips.clear();
        entityManager.flush();
        addPayslips(run, entity);
        entityManager.flush();
    }

    @Override
    public Optional<RunView> run(PayrollRunId id) {
        return runs.findById(id.value()).map(JpaPayrollRuns::view);
    }

    @Override
    public long countRuns(YearMonth month) {
        return runs.countByMonth(month == null ? null : month.toString());
    }

    @Override
    public List<RunView> runs(YearMonth month, long offset, int limit) {
        PageRequest page = PageRequest.of((int) (offset / limit), limit,
                Sort.by(Sort.Order.desc("month"), Sort.Order.asc("id")));
        return runs.findByMonth(month == null ? null : month.toString(), page).stream().map(JpaPayrollRuns::view)
                .toList();
    }

    @Override
    public List<PayslipView> payslipsOf(PayrollRunId run, EmployeeId only) {
        return payslips.ofRun(run.value(), only == null ? null : only.value()).stream()
                .map(JpaPayrollRuns::payslipView).toList();
    }

    @Override
    public Optional<PayslipView> payslip(PayslipId id) {
        return payslips.withRun(id.value()).map(JpaPayrollRuns::payslipView);
    }

    @Override
    public List<PayslipView> issuedTo(EmployeeId employee) {
        return payslips.issuedTo(employee.value()).stream().map(JpaPayrollRuns::payslipView).toList();
    }

    private static void copy(PayrollRun run, PayrollRunEntity entity) {
        entity.month = run.month().toString();
        entity.agencyId = run.scope().agency();
        entity.runDate = run.runDate();
        entity.exchangeRate = run.rate().cdfPerUsd();
        entity.status = Codes.of(run.status());
        RunTotals totals = run.totals();
        entity.payslipCount = totals.payslips();
        entity.totalGrossCdf = totals.grossCdf();
        entity.totalCnssEmployee = totals.cnssEmployee();
        entity.totalIpr = totals.ipr();
        entity.totalNetCdf = totals.netCdf();
        entity.totalCnssEmployer = totals.cnssEmployer();
        entity.totalInpp = totals.inpp();
        entity.totalOnem = totals.onem();
        entity.validatedBy = run.validatedBy();
        entity.validatedAt = run.validatedAt();
        entity.paidBy = run.paidBy();
        entity.paidAt = run.paidAt();
        entity.updatedAt = Instant.now();
    }

    private static void addPayslips(PayrollRun run, PayrollRunEntity entity) {
        for (Payslip payslip : run.payslips()) {
            entity.payslips.add(payslipEntity(payslip, entity));
        }
    }

    private static PayslipEntity payslipEntity(Payslip payslip, PayrollRunEntity run) {
        PayslipEntity row = new PayslipEntity(payslip.id().value(), run);
        Earner earner = payslip.earner();
        PayslipFigures f = payslip.figures();
        row.employeeId = earner.id().value();
        row.employeeNumber = earner.number();
        row.employeeName = earner.name();
        row.agencyId = earner.agency();
        row.currency = f.currency().name();
        row.base = f.base();
        row.overtime = f.overtime();
        row.gross = f.gross();
        row.grossCdf = f.grossCdf();
        row.grossUsd = f.grossUsd();
        row.cnssEmployee = f.cnssEmployee();
        row.taxable = f.taxable();
        row.dependents = f.dependents();
        row.iprScale = f.iprScale();
        row.iprCapped = f.iprCapped();
        row.iprMinimumApplied = f.iprMinimumApplied();
        row.ipr = f.ipr();
        row.netCdf = f.netCdf();
        row.netUsd = f.netUsd();
        row.employerPension = f.employerPension();
        row.employerFamily = f.employerFamily();
        row.employerRisks = f.employerOccupationalRisks();
        row.inpp = f.inpp();
        row.onem = f.onem();
        f.allowances().forEach(line -> row.lines.add(new PayslipEntity.Line(ALLOWANCE, line.label(), line.amount())));
        f.adjustments().forEach(line -> row.lines.add(new PayslipEntity.Line(ADJUSTMENT, line.label(),
                line.amount())));
        return row;
    }

    private static PayrollRun run(PayrollRunEntity entity) {
        return PayrollRun.restore(new PayrollRunId(entity.id), new RunScope(entity.agencyId),
                YearMonth.parse(entity.month), new ExchangeRate(entity.runDate, entity.exchangeRate),
                Codes.parse(RunStatus.class, entity.status, "status"),
                entity.payslips.stream().map(row -> payslip(row, entity)).toList(), entity.validatedBy,
                entity.validatedAt, entity.paidBy, entity.paidAt);
    }

    private static Payslip payslip(PayslipEntity row, PayrollRunEntity run) {
        List<PayLine> allowances = new ArrayList<>();
        List<PayLine> adjustments = new ArrayList<>();
        for (PayslipEntity.Line line : row.lines) {
            (ALLOWANCE.equals(line.kind) ? allowances : adjustments).add(new PayLine(line.label, line.amount));
        }
        PayCurrency currency = PayCurrency.valueOf(row.currency);
        Earner earner = new Earner(new EmployeeId(row.employeeId), row.employeeNumber, row.employeeName,
                row.agencyId, row.base, currency, row.dependents);
        PayslipFigures figures = new PayslipFigures(currency, row.base, allowances, row.overtime, adjustments,
                row.gross, run.exchangeRate, row.grossCdf, row.grossUsd, row.cnssEmployee, row.taxable,
                row.dependents, row.iprScale, row.iprCapped, row.iprMinimumApplied, row.ipr, row.netCdf, row.netUsd,
                row.employerPension, row.employerFamily, row.employerRisks, row.inpp, row.onem);
        return new Payslip(new PayslipId(row.id), earner, figures);
    }

    private static RunView view(PayrollRunEntity e) {
        return new RunView(new PayrollRunId(e.id), new RunScope(e.agencyId), YearMonth.parse(e.month), e.runDate,
                e.exchangeRate, Codes.parse(RunStatus.class, e.status, "status"),
                new RunTotals(e.payslipCount, e.totalGrossCdf, e.totalCnssEmployee, e.totalIpr, e.totalNetCdf,
                        e.totalCnssEmployer, e.totalInpp, e.totalOnem), e.createdAt, e.validatedAt, e.paidAt);
    }

    private static PayslipView payslipView(PayslipEntity row) {
        PayrollRunEntity run = row.run;
        return new PayslipView(payslip(row, run), new PayrollRunId(run.id), YearMonth.parse(run.month), run.runDate,
                Codes.parse(RunStatus.class, run.status, "status"));
    }
}
