package energy.mwolo.operations.devdata;

import energy.mwolo.contracts.devdata.DevCustomer;
import energy.mwolo.operations.customers.Customers;
import energy.mwolo.operations.equipment.application.EquipmentDraft;
import energy.mwolo.operations.equipment.application.RegisteringEquipment;
import energy.mwolo.operations.equipment.model.EquipmentId;
import energy.mwolo.operations.kernel.BusinessTime;
import energy.mwolo.operations.kernel.SiteId;
import energy.mwolo.operations.meters.application.InstallingMeter;
import energy.mwolo.operations.meters.application.MeterDraft;
import energy.mwolo.operations.meters.model.MeterNumber;
import energy.mwolo.operations.meters.model.Meters;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One simulated meter's equipment and meter on its site, once crm's site event has arrived. */
@Component
@Profile("dev")
class DevMeterInstallation {

    private static final Logger log = LoggerFactory.getLogger(DevMeterInstallation.class);
    static final CurrentUser SEEDER = CurrentUser.superAdmin(DevCustomer.seedingUserId());

    private final Meters meters;
    private final Customers customers;
    private final RegisteringEquipment registering;
    private final InstallingMeter installing;

    DevMeterInstallation(Meters meters, Customers customers, RegisteringEquipment registering,
                         InstallingMeter installing) {
        this.meters = meters;
        this.customers = customers;
        this.registering = registering;
        this.installing = installing;
    }

    /**
     * One transaction: the equipment never stays without its meter.
     *
     * @return whether the meter is installed (now or before)
     */
    @Transactional
    boolean install(String number) {
        if (meters.byNumber(new MeterNumber(number)).isPresent()) {
            return true;
        }
        UUID site = DevCustomer.meteredSiteId(number);
        if (customers.site(new SiteId(site)).isEmpty()) {
            return false;
        }
        EquipmentId equipment = registering.register(new EquipmentDraft("meter", number, site, null,
                BusinessTime.dayOf(Instant.now()), null, "Compteur simulé du devstack"), SEEDER);
        installing.install(new MeterDraft(number, equipment.value(), "postpaid", true), SEEDER);
        log.info("Dev meter {} installed on site {}", number, site);
        return true;
    }
}
