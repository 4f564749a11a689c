package energy.mwolo.operations.devdata;

import energy.mwolo.contracts.devdata.DevCustomer;
import energy.mwolo.operations.customers.Customers;
import energy.mwolo.operations.equipment.application.EquipmentDraft;
import energy.mwolo.operations.equipment.application.RegisteringEquipment;
import energy.mwolo.operations.equipment.model.EquipmentId;
import energy.mwolo.operations.kernel.BusinessTime;
import energy.mwolo.operations.kernel.ContractId;
import energy.mwolo.operations.kernel.SiteId;
import energy.mwolo.operations.meters.application.InstallingMeter;
import energy.mwolo.operations.meters.application.LinkingMeters;
import energy.mwolo.operations.meters.application.MeterDraft;
import energy.mwolo.operations.meters.model.Meter;
import energy.mwolo.operations.meters.model.MeterId;
import energy.mwolo.operations.meters.model.MeterNumber;
import energy.mwolo.operations.meters.model.Meters;
import energy.mwolo.operations.meters.model.Reading;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One simulated meter's steps: its equipment and the meter on its site, then its link from its latest reading. */
@Component
@Profile("dev")
class DevMeterInstallation {

    private static final Logger log = LoggerFactory.getLogger(DevMeterInstallation.class);
    static final CurrentUser SEEDER = new CurrentUser(DevCustomer.seedingUserId(), Set.of(CurrentUser.SUPER_ADMIN),
            Set.of(), null, null, null);

    private final Meters meters;
    private final Customers customers;
    private final RegisteringEquipment registering;
    private final InstallingMeter installing;
    private final LinkingMeters linking;

    DevMeterInstallation(Meters meters, Customers customers, RegisteringEquipment registering,
                         InstallingMeter installing, LinkingMeters linking) {
        this.meters = meters;
        this.customers = customers;
        this.registering = registering;
        this.installing = installing;
        this.linking = linking;
    }

    /**
     * One transaction: the equipment never stays without its meter. The link opens at the meter's latest stored
     * reading, so the contract's consumption starts from a register the meter really showed.
     *
     * @return whether the meter measures (or once measured) its contract
     */
    @Transactional
    boolean installAndLink(String number) {
        Optional<MeterId> installed = meters.byNumber(new MeterNumber(number));
        if (installed.isEmpty()) {
            UUID site = DevCustomer.meteredSiteId(number);
            if (customers.site(new SiteId(site)).isEmpty()) {
                return false;
            }
            EquipmentId equipment = registering.register(new EquipmentDraft("meter", number, site, null,
                    BusinessTime.dayOf(Instant.now()), null, "Compteur simulé du devstack"), SEEDER);
            installed = Optional.of(installing.install(new MeterDraft(number, equipment.value(), "postpaid", true),
                    SEEDER));
            log.info("Dev meter {} installed on site {}", number, site);
        }
        Meter meter = meters.byId(installed.get()).orElseThrow();
        if (!meter.links().isEmpty()) {
            return true;
        }
        UUID contract = DevCustomer.meteredContractId(number);
        Optional<Reading> latest = meter.lastReading();
        if (latest.isEmpty() || customers.contract(new ContractId(contract)).isEmpty()) {
            return false;
        }
        linking.link(meter.id(), contract, latest.get().value().kwh(), latest.get().readAt(), SEEDER);
        log.info("Dev meter {} measures contract {} from {} kWh", number, contract, latest.get().value().kwh());
        return true;
    }
}
