package energy.mwolo.platformtest.archfixture.bad.billing.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A JPA entity outside any model package. */
@Entity
public class InvoiceRow {

    @Id
    private Long id;

    public Long id() {
        return id;
    }
}
