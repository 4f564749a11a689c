package energy.mwolo.operations.meters.model;

import energy.mwolo.operations.kernel.ContractId;
import energy.mwolo.operations.kernel.SiteId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Meters, sites and contracts for the model's tests. */
final class MeterFixtures {

    static final Instant NOW = Instant.parse("2026-03-12T10:00:00Z");
    static final SiteId SITE = new SiteId(UUID.fromString("5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"));
    static final SiteId OTHER_SITE = new SiteId(UUID.fromString("6d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a"));

    private MeterFixtures() {
    }

    static Meter meter(String number) {
        return meterOn(number, SITE, true);
    }

    static Meter meterOn(String number, SiteId site, boolean remoteRelay) {
        Meter meter = Meter.install(new MeterNumber(number),
                new MeterEquipment(UUID.randomUUID(), site),
                MeterKind.POSTPAID, remoteRelay, NOW.minusSeconds(86_400));
        meter.pullEvents();
        return meter;
    }

    static ServedContract contractOn(SiteId site) {
        return new ServedContract(new ContractId(UUID.randomUUID()), site);
    }

    static RegisterValue kwh(String value) {
        return new RegisterValue(new BigDecimal(value));
    }
}
