package energy.mwolo.billing.tariffs.persistence;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TariffEntities extends JpaRepository<TariffEntity, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from TariffEntity t where t.code = :code")
    Optional<TariffEntity> lockByCode(@Param("code") String code);

    List<TariffEntity> findAllByOrderByCode();
}
