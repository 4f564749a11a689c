package energy.mwolo.billing.invoices.persistence;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvoiceEntities extends JpaRepository<InvoiceEntity, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from InvoiceEntity i where i.id = :id")
    Optional<InvoiceEntity> lockById(@Param("id") UUID id);

    @NativeQuery("""
            select * from invoices where status in ('issued', 'partially_paid') and due_date < :today
            order by due_date, id limit :limit for update skip locked""")
    List<InvoiceEntity> lockDueBefore(@Param("today") LocalDate today, @Param("limit") int limit);

    @Modifying
    @Query("delete from InvoiceEntity i where i.id = :id and i.status = 'draft'")
    int deleteDraft(@Param("id") UUID id);
}
