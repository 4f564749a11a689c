package energy.mwolo.cms.newsletter;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every address on the newsletter list. */
public interface Subscriptions extends JpaRepository<Subscription, UUID> {

    @Query("select s from Subscription s where lower(s.email) = lower(:email)")
    Optional<Subscription> byEmail(@Param("email") String email);

    Optional<Subscription> findByConfirmationHash(String hash);

    Optional<Subscription> findByUnsubscribeHash(String hash);

    @Query(value = "select s from Subscription s where s.status = :status order by s.subscribedAt desc",
            countQuery = "select count(s) from Subscription s where s.status = :status")
    org.springframework.data.domain.Page<Subscription> withStatus(@Param("status") String status, Pageable pageable);
}
