package energy.mwolo.hr.employees.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The row of an employee; enum codes are stored as the API writes them. Mutable only through this package. */
@Entity
@Table(name = "employees")
class EmployeeEntity {

    @Id
    UUID id;
    String number;
    @Column(name = "user_id")
    UUID userId;
    @Column(name = "agency_id")
    UUID agencyId;
    @Column(name = "first_name")
    String firstName;
    @Column(name = "last_name")
    String lastName;
    @Column(name = "post_name")
    String postName;
    String nationality;
    @Column(name = "birth_date")
    LocalDate birthDate;
    @Column(name = "birth_place")
    String birthPlace;
    String nif;
    String position;
    String department;
    @Column(name = "contract_type")
    String contractType;
    @Column(name = "hire_date")
    LocalDate hireDate;
    @Column(name = "end_date")
    LocalDate endDate;
    String status;
    @Column(name = "manager_id")
    UUID managerId;
    @Column(name = "salary_amount")
    BigDecimal salaryAmount;
    @Column(name = "salary_currency")
    String salaryCurrency;
    @Column(name = "emergency_contact_name")
    String emergencyContactName;
    @Column(name = "emergency_contact_phone")
    String emergencyContactPhone;
    @Column(name = "key_staff")
    boolean keyStaff;
    @Column(name = "photo_url")
    String photoUrl;
    String bio;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;

    protected EmployeeEntity() {
    }

    EmployeeEntity(UUID id, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
    }
}
