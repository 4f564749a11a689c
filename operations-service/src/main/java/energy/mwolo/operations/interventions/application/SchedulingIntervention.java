package energy.mwolo.operations.interventions.application;

import energy.mwolo.operations.access.OperationsAccess;
import energy.mwolo.operations.customers.Customers;
import energy.mwolo.operations.customers.ServicePoint;
import energy.mwolo.operations.equipment.application.EquipmentSummary;
import energy.mwolo.operations.equipment.application.FindingEquipment;
import energy.mwolo.operations.interventions.model.Intervention;
import energy.mwolo.operations.interventions.model.InterventionId;
import energy.mwolo.operations.interventions.model.InterventionPlan;
import energy.mwolo.operations.interventions.model.InterventionType;
import energy.mwolo.operations.interventions.model.Interventions;
import energy.mwolo.operations.kernel.BusinessTime;
import energy.mwolo.operations.kernel.Codes;
import energy.mwolo.operations.kernel.InvalidField;
import energy.mwolo.operations.kernel.SiteId;
import energy.mwolo.operations.kernel.UserId;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans an intervention on a site crm announced, on one of its pieces of equipment or on the site as a whole, and
 * announces it with InterventionScheduled. A closed site still takes interventions: removing equipment from it is
 * one.
 */
@Service
public class SchedulingIntervention {

    private final Interventions interventions;
    private final Customers customers;
    private final FindingEquipment equipment;
    private final InterventionEventPublisher events;

    SchedulingIntervention(Interventions interventions, Customers customers, FindingEquipment equipment,
                           InterventionEventPublisher events) {
        this.interventions = interventions;
        this.customers = customers;
        this.equipment = equipment;
        this.events = events;
    }

    @Transactional
    public InterventionId schedule(InterventionDraft draft, CurrentUser user) {
        OperationsAccess.requireWrite(user, OperationsAccess.CREATE);
        InterventionType type = Codes.parse(InterventionType.class, draft.type(), "type");
        SiteId site = knownSite(draft.site());
        if (draft.equipment() != null) {
            requireOnSite(draft.equipment(), site);
        }
        if (draft.scheduledDate() == null) {
            throw InvalidField.required("scheduled_date");
        }
        Instant now = Instant.now();
        Intervention intervention = Intervention.schedule(type, site, draft.equipment(),
                new InterventionPlan(draft.description(), draft.scheduledDate(), UserId.ofNullable(draft.technician())),
                BusinessTime.dayOf(now), now);
        interventions.add(intervention);
        events.publishRecordedEvents(intervention);
        return intervention.id();
    }

    private SiteId knownSite(UUID id) {
        if (id == null) {
            throw InvalidField.required("site");
        }
        SiteId site = new SiteId(id);
        ServicePoint known = customers.site(site)
                .orElseThrow(() -> new InvalidField("site", "interventions.site_unknown", id));
        return new SiteId(known.id());
    }

    private void requireOnSite(UUID equipmentId, SiteId site) {
        EquipmentSummary found = equipment.find(equipmentId)
                .orElseThrow(() -> new InvalidField("equipment", "interventions.equipment_unknown", equipmentId));
        if (!found.site().equals(site.value())) {
            throw new InvalidField("equipment", "interventions.equipment_elsewhere", found.serialNumber());
        }
    }
}
