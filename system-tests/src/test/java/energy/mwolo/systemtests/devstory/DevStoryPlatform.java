package energy.mwolo.systemtests.devstory;

import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.mobilemoney.simulator.MobileMoneySimulator;
import energy.mwolo.mobilemoney.simulator.Provider;
import energy.mwolo.systemtests.RunningPlatform;

/**
 * The services behind what the dev accounts find, in the dev profile and behind the gateway, with one M-Pesa
 * simulator in the test JVM that billing collects through: the classes of this package share one running set (each
 * started set costs every service's start).
 */
final class DevStoryPlatform {

    /** Started before any set (its address is part of billing's settings), stopped with the JVM. */
    static final MobileMoneySimulator PROVIDERS = MobileMoneySimulator.start();

    private DevStoryPlatform() {
    }

    /** The seeds waiting for other services' events look again every second rather than every 10 s. */
    private static final String RETRY_EVERY = "1s";

    static RunningPlatform platform() {
        return RunningPlatform.of(ServiceCatalogue.IDENTITY, ServiceCatalogue.GEO, ServiceCatalogue.HR,
                        ServiceCatalogue.CRM, ServiceCatalogue.SUPPORT, ServiceCatalogue.BILLING)
                .withGateway()
                .environment(ServiceCatalogue.BILLING, Provider.MPESA.baseUrlVariable(),
                        PROVIDERS.url(Provider.MPESA))
                .environment(ServiceCatalogue.HR, "MWOLO_DEV_DATA_RETRY_EVERY", RETRY_EVERY)
                .environment(ServiceCatalogue.SUPPORT, "MWOLO_DEV_DATA_RETRY_EVERY", RETRY_EVERY)
                .environment(ServiceCatalogue.BILLING, "MWOLO_DEV_DATA_RETRY_EVERY", RETRY_EVERY);
    }
}
