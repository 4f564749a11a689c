package energy.mwolo.operations.devdata;

import energy.mwolo.contracts.devdata.DevCustomer;
import energy.mwolo.operations.customers.Customers;
import energy.mwolo.operations.kernel.ContractId;
import energy.mwolo.operations.meters.application.LinkingMeters;
import energy.mwolo.operations.meters.model.Meter;
import energy.mwolo.operations.meters.model.MeterNumber;
import energy.mwolo.operations.meters.model.Meters;
import energy.mwolo.operations.readings.application.ReadingStore;
import energy.mwolo.operations.readings.model.RegisterAt;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One installed simulated meter's link to its metered contract, opened at its earliest stored reading usable for
 * consumption: the readings it sent before it was installed (parked, then replayed) count for the contract, and the
 * opening is a register the meter really showed.
 */
@Component
@Profile("dev")
class DevMeterLinking {

    private static final Logger log = LoggerFactory.getLogger(DevMeterLinking.class);

    private final Meters meters;
    private final Customers customers;
    private final ReadingStore readings;
    private final LinkingMeters linking;

    DevMeterLinking(Meters meters, Customers customers, ReadingStore readings, LinkingMeters linking) {
        this.meters = meters;
        this.customers = customers;
        this.readings = readings;
        this.linking = linking;
    }

    /** @return whether the meter measures (or once measured) its contract; a meter linked once is left alone */
    @Transactional
    boolean link(String number) {
        Optional<Meter> installed = meters.byNumber(new MeterNumber(number)).flatMap(meters::byId);
        if (installed.isEmpty()) {
            return false;
        }
        Meter meter = installed.get();
        if (!meter.links().isEmpty()) {
            return true;
        }
        UUID contract = DevCustomer.meteredContractId(number);
        Optional<RegisterAt> first = readings.usableAfter(meter.id().value(), Instant.EPOCH);
        if (first.isEmpty() || customers.contract(new ContractId(contract)).isEmpty()) {
            return false;
        }
        linking.link(meter.id(), contract, first.get().kwh(), first.get().at(), DevMeterInstallation.SEEDER);
        log.info("Dev meter {} measures contract {} from {} kWh at {}", number, contract, first.get().kwh(),
                first.get().at());
        return true;
    }
}
