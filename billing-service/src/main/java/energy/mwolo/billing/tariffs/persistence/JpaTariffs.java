package energy.mwolo.billing.tariffs.persistence;

import energy.mwolo.billing.tariffs.model.Tariff;
import energy.mwolo.billing.tariffs.model.TariffCode;
import energy.mwolo.billing.tariffs.model.Tariffs;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** The catalogue through Spring Data JPA; models are built inside the caller's transaction. */
@Repository
class JpaTariffs implements Tariffs {

    private final TariffEntities entities;
    private final EntityManager entityManager;

    JpaTariffs(TariffEntities entities, EntityManager entityManager) {
        this.entities = entities;
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Tariff> byCode(TariffCode code) {
        return entities.findById(code.value()).map(TariffEntity::toModel);
    }

    @Override
    public Optional<Tariff> lock(TariffCode code) {
        return entities.lockByCode(code.value()).map(TariffEntity::toModel);
    }

    @Override
    public List<Tariff> all() {
        return entities.findAllByOrderByCode().stream().map(TariffEntity::toModel).toList();
    }

    @Override
    public void add(Tariff tariff) {
        entityManager.persist(TariffEntity.from(tariff));
        entityManager.flush();
    }

    @Override
    public void update(Tariff tariff) {
        TariffEntity entity = entities.findById(tariff.code().value()).orElseThrow();
        entity.addMissingVersions(tariff);
        entityManager.flush();
    }
}
