package energy.mwolo.hr.payroll.persistence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A run's row with its totals; its payslips are its children. */
@Entity
@Table(name = "payroll_runs")
class PayrollRunEntity {

    @Id
    UUID id;
    String month;
    @Column(name = "agency_id")
    UUID agencyId;
    @Column(name = "run_date")
    LocalDate runDate;
    @Column(name = "exchange_rate")
    BigDecimal exchangeRate;
    String status;
    @Column(name = "payslip_count")
    int payslipCount;
    @Column(name = "total_gross_cdf")
    BigDecimal totalGrossCdf;
    @Column(name = "total_cnss_employee")
    BigDecimal totalCnssEmployee;
    @Column(name = "total_ipr")
    BigDecimal totalIpr;
    @Column(name = "total_net_cdf")
    BigDecimal totalNetCdf;
    @Column(name = "total_cnss_employer")
    BigDecimal totalCnssEmployer;
    @Column(name = "total_inpp")
    BigDecimal totalInpp;
    @Column(name = "total_onem")
    BigDecimal totalOnem;
    @Column(name = "created_by")
    UUID createdBy;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "validated_by")
    UUID validatedBy;
    @Column(name = "validated_at")
    Instant validatedAt;
    @Column(name = "paid_by")
    UUID paidBy;
    @Column(name = "paid_at")
    Instant paidAt;
    @Column(name = "updated_at")
    Instant updatedAt;
    @OneToMany(mappedBy = "run", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("employeeNumber")
    List<PayslipEntity> payslips = new ArrayList<>();

    protected PayrollRunEntity() {
    }

    PayrollRunEntity(UUID id, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
    }
}
