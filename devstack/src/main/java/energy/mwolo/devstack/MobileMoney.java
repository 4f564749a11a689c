package energy.mwolo.devstack;

import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.embedded.ServiceLaunch;
import energy.mwolo.embedded.StackShutdown;
import energy.mwolo.mobilemoney.simulator.MobileMoneySimulator;
import energy.mwolo.mobilemoney.simulator.Provider;
import energy.mwolo.mobilemoney.simulator.ProviderSettings;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.EnumMap;
import java.util.Map;

/**
 * The mobile-money providers billing collects through: the simulator, calling billing back through the gateway as
 * the real providers do, and announcing on the console each payment request and each callback with billing's answer.
 */
final class MobileMoney {

    private final MobileMoneySimulator simulator;

    private MobileMoney(MobileMoneySimulator simulator) {
        this.simulator = simulator;
    }

    /**
     * Starts the simulator on 127.0.0.1 with each provider's callbacks sent to
     * {@code <callbackBase>/<provider>/} (paybill notifications to {@code <callbackBase>/<provider>/c2b/}), and
     * registers it to stop with the stack.
     *
     * @throws IllegalStateException naming a port in use
     */
    static MobileMoney start(int port, String callbackBase) {
        MobileMoneySimulator simulator = MobileMoneySimulator.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), port), settings(callbackBase));
        StackShutdown.register("mobile-money simulator", simulator);
        simulator.onPayment(payment -> DevStack.say("Mobile money: " + payment.provider().key() + " payment "
                + payment.reference() + " of " + payment.amount().toPlainString() + " " + payment.currency()
                + (payment.pulled() ? " paid by the customer" : " asked; confirm now: curl -X POST "
                + simulator.baseUrl() + "/control/payments/" + payment.id() + "/confirm")));
        simulator.onCallback(callback -> DevStack.say("Mobile money: " + callback.provider().key()
                + " callback for " + callback.reference() + " -> " + (callback.error() != null ? callback.error()
                : "billing answered " + callback.status()) + " (" + simulator.baseUrl() + "/control/callbacks)"));
        return new MobileMoney(simulator);
    }

    static Map<Provider, ProviderSettings> settings(String callbackBase) {
        String base = callbackBase.endsWith("/") ? callbackBase.substring(0, callbackBase.length() - 1)
                : callbackBase;
        Map<Provider, ProviderSettings> settings = new EnumMap<>(Provider.class);
        for (Provider provider : Provider.values()) {
            settings.put(provider, ProviderSettings.defaults(provider)
                    .withCallbackUrl(base + "/" + provider.key() + "/")
                    .withC2bCallbackUrl(base + "/" + provider.key() + "/c2b/"));
        }
        return settings;
    }

    /** Billing gets every provider's base URL ({@code MWOLO_MOBILE_MONEY_<PROVIDER>_BASE_URL}). */
    ServiceLaunch configure(ServiceLaunch launch, PlatformService service) {
        if (service.equals(ServiceCatalogue.BILLING)) {
            simulator.billingEnvironment().forEach(launch::environment);
        }
        return launch;
    }

    /** The summary's line: where the simulator and its controls are. */
    String summary() {
        return String.format("  %-20s %s/control/payments (providers under /mpesa, /airtel, /orange, /aggregator)%n",
                "Mobile money", simulator.baseUrl());
    }
}
