package energy.mwolo.mobilemoney.simulator;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * Runs the simulator as its own process until it is stopped (SIGTERM, Ctrl-C):
 * {@code java -jar mobile-money-simulator-<version>-exec.jar [--port=8090] [--host=127.0.0.1]
 * [--mpesa-callback-url=...] ...}. Each option may instead come from the environment
 * ({@code MWOLO_MOBILE_MONEY_SIMULATOR_PORT}, {@code ..._HOST}, {@code ..._MPESA_CALLBACK_URL}, ...); an argument
 * wins.
 */
public final class MobileMoneySimulatorMain {

    static final int DEFAULT_PORT = 8090;
    private static final String PREFIX = "MWOLO_MOBILE_MONEY_SIMULATOR_";

    private MobileMoneySimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Function<String, String> option = options(args, System.getenv());
        MobileMoneySimulator simulator;
        try {
            simulator = start(option);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("[mobile-money-simulator] " + e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "mobile-money-simulator-stop"));
        System.out.println("[mobile-money-simulator] listening on " + simulator.baseUrl() + " (control: "
                + simulator.baseUrl() + "/control/providers)");
        simulator.billingEnvironment().forEach((name, url) -> System.out.println("  " + name + "=" + url));
        System.out.flush();
        new CountDownLatch(1).await();
    }

    /** Starts the simulator the options describe. */
    static MobileMoneySimulator start(Function<String, String> option) {
        int port = port(option.apply("port"));
        String host = option.apply("host");
        InetAddress address;
        try {
            address = host == null ? InetAddress.getLoopbackAddress() : InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Unknown host " + host, e);
        }
        Map<Provider, ProviderSettings> settings = new EnumMap<>(Provider.class);
        for (Provider provider : Provider.values()) {
            ProviderSettings defaults = ProviderSettings.defaults(provider)
                    .withCallbackUrl(option.apply(provider.key() + "-callback-url"))
                    .withC2bCallbackUrl(option.apply(provider.key() + "-c2b-callback-url"));
            settings.put(provider, defaults);
        }
        return MobileMoneySimulator.start(new InetSocketAddress(address, port), settings);
    }

    /**
     * An option's value: {@code --name=value} among the arguments, else the variable
     * {@code MWOLO_MOBILE_MONEY_SIMULATOR_NAME} (dashes as underscores), else {@code null}.
     */
    static Function<String, String> options(String[] args, Map<String, String> environment) {
        return name -> {
            for (String argument : args) {
                if (argument.startsWith("--" + name + "=")) {
                    return blankToNull(argument.substring(name.length() + 3));
                }
            }
            return blankToNull(environment.get(PREFIX + name.toUpperCase(Locale.ROOT).replace('-', '_')));
        };
    }

    private static int port(String value) {
        if (value == null) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("The port must be a number from 0 to 65535, not '" + value + "'");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
