package energy.mwolo.operations.interventions.persistence;

import energy.mwolo.operations.interventions.model.Intervention;
import energy.mwolo.operations.interventions.model.InterventionId;
import energy.mwolo.operations.interventions.model.InterventionPlan;
import energy.mwolo.operations.interventions.model.InterventionStatus;
import energy.mwolo.operations.interventions.model.InterventionType;
import energy.mwolo.operations.interventions.model.Interventions;
import energy.mwolo.operations.kernel.Codes;
import energy.mwolo.operations.kernel.SiteId;
import energy.mwolo.operations.kernel.UserId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Interventions through JPA. */
@Component
class JpaInterventions implements Interventions {

    private final InterventionRows rows;
    @PersistenceContext
    private EntityManager entityManager;

    JpaInterventions(InterventionRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<Intervention> byId(InterventionId id) {
        return rows.lockById(id.value()).map(JpaInterventions::intervention);
    }

    @Override
    public void add(Intervention intervention) {
        Instant now = Instant.now();
        InterventionEntity entity = new InterventionEntity(intervention.id().value(), Codes.of(intervention.type()),
                intervention.site().value(), intervention.equipment(), now);
        copyState(intervention, entity, now);
        entityManager.persist(entity);
        entityManager.flush();
    }

    @Override
    public void update(Intervention intervention) {
        copyState(intervention, entityManager.find(InterventionEntity.class, intervention.id().value()),
                Instant.now());
        entityManager.flush();
    }

    private static void copyState(Intervention intervention, InterventionEntity entity, Instant now) {
        InterventionPlan plan = intervention.plan();
        entity.plan(plan.description(), plan.scheduledDate(),
                plan.technician() == null ? null : plan.technician().value());
        Intervention.Progress progress = intervention.progress();
        entity.progress(Codes.of(intervention.status()), progress.startedAt(), progress.completedAt(),
                progress.report(), progress.cancelledAt(), progress.cancellationReason(), now);
    }

    private static Intervention intervention(InterventionEntity entity) {
        return Intervention.restore(new InterventionId(entity.id()),
                Codes.parse(InterventionType.class, entity.type(), "type"), new SiteId(entity.siteId()),
                entity.equipmentId(),
                new InterventionPlan(entity.description(), entity.scheduledDate(),
                        UserId.ofNullable(entity.technicianId())),
                Codes.parse(InterventionStatus.class, entity.status(), "status"),
                new Intervention.Progress(entity.startedAt(), entity.completedAt(), entity.report(),
                        entity.cancelledAt(), entity.cancellationReason()));
    }
}
