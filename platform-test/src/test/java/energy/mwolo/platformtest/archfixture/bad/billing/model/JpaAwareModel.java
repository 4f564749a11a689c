package energy.mwolo.platformtest.archfixture.bad.billing.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A model mapped by JPA. */
@Entity
public class JpaAwareModel {

    @Id
    private Long id;

    public Long id() {
        return id;
    }
}
