package energy.mwolo.gateway;

import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.ServiceCatalogue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The services behind the gateway in the tests: a {@link StubUpstream} per service of the catalogue, started once per
 * JVM, except audit-service, which is "not running" (its URL is a loopback port nobody listens on).
 */
public final class Upstreams {

    public static final String DOWN = "audit";
    public static final List<String> RUNNING = ServiceCatalogue.routed().stream().map(PlatformService::name)
            .filter(name -> !name.equals(DOWN)).toList();

    private static final Map<String, StubUpstream> STUBS = new LinkedHashMap<>();
    private static String downUrl;

    private Upstreams() {
    }

    /** Starts the stubs on first use; every service's URL by name. */
    public static synchronized Map<String, String> urls() {
        if (STUBS.isEmpty()) {
            RUNNING.forEach(service -> STUBS.put(service, StubUpstream.start(service)));
            downUrl = "http://127.0.0.1:" + Loopback.freePort();
        }
        Map<String, String> urls = new LinkedHashMap<>();
        STUBS.forEach((service, stub) -> urls.put(service, stub.url()));
        urls.put(DOWN, downUrl);
        return urls;
    }

    public static synchronized StubUpstream stub(String service) {
        urls();
        return STUBS.get(service);
    }

}
