package energy.mwolo.hr.payroll.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A payslip's row; its allowances and adjustments are value lines in their own table. */
@Entity
@Table(name = "payslips")
class PayslipEntity {

    @Id
    UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "run_id")
    PayrollRunEntity run;
    @Column(name = "employee_id")
    UUID employeeId;
    @Column(name = "employee_number")
    String employeeNumber;
    @Column(name = "employee_name")
    String employeeName;
    @Column(name = "agency_id")
    UUID agencyId;
    String currency;
    BigDecimal base;
    BigDecimal overtime;
    BigDecimal gross;
    @Column(name = "gross_cdf")
    BigDecimal grossCdf;
    @Column(name = "gross_usd")
    BigDecimal grossUsd;
    @Column(name = "cnss_employee")
    BigDecimal cnssEmployee;
    BigDecimal taxable;
    int dependents;
    @Column(name = "ipr_scale")
    BigDecimal iprScale;
    @Column(name = "ipr_capped")
    boolean iprCapped;
    @Column(name = "ipr_minimum_applied")
    boolean iprMinimumApplied;
    BigDecimal ipr;
    @Column(name = "net_cdf")
    BigDecimal netCdf;
    @Column(name = "net_usd")
    BigDecimal netUsd;
    @Column(name = "employer_pension")
    BigDecimal employerPension;
    @Column(name = "employer_family")
    BigDecimal employerFamily;
    @Column(name = "employer_risks")
    BigDecimal employerRisks;
    BigDecimal inpp;
    BigDecimal onem;
    @ElementCollection
    @CollectionTable(name = "payslip_lines", joinColumns = @JoinColumn(name = "payslip_id"))
    @OrderColumn(name = "position")
    List<Line> lines = new ArrayList<>();

    protected PayslipEntity() {
    }

    PayslipEntity(UUID id, PayrollRunEntity run) {
        this.id = id;
        this.run = run;
    }

    /** An allowance or an adjustment. */
    @Embeddable
    static class Line {
        String kind;
        String label;
        BigDecimal amount;

        protected Line() {
        }

        Line(String kind, String label, BigDecimal amount) {
            this.kind = kind;
            this.label = label;
            this.amount = amount;
        }
    }
}
