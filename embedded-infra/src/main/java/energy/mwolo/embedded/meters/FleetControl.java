package energy.mwolo.embedded.meters;

import com.sun.net.httpserver.HttpExchange;
import energy.mwolo.embedded.LoopbackHttp;
import energy.mwolo.embedded.LoopbackHttp.Answer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP control API over a {@link MeterFleet} and its {@link MeterRelays}, on the loopback interface, so that a
 * person on the devstack (or a script) can play a scenario:
 * <ul>
 * <li>{@code GET /control/meters}: every meter's number, relay ({@code open}/{@code closed}) and behaviour, and how
 * many readings were published;</li>
 * <li>{@code POST /control/meters/faults?fault=SPIKE&count=3}: the next readings get that fault (204);</li>
 * <li>{@code POST /control/meters/{number}/behaviour?value=ignore}: {@code obey}, {@code ignore} or {@code refuse}
 * relay commands (204);</li>
 * <li>{@code POST /control/meters/{number}/bypass}: closes the meter's relay by hand, as a tamperer would (204).</li>
 * </ul>
 * An unknown fault or behaviour is a 400, an unknown meter a 404.
 */
public final class FleetControl implements AutoCloseable {

    private static final String PREFIX = "/control/meters";

    private final MeterFleet fleet;
    private final MeterRelays relays;
    private final LoopbackHttp http;

    private FleetControl(MeterFleet fleet, MeterRelays relays, int port) {
        this.fleet = Objects.requireNonNull(fleet, "fleet");
        this.relays = Objects.requireNonNull(relays, "relays");
        this.http = LoopbackHttp.serve(port, "the meter fleet's control API", "meter-fleet-control", this::answer);
    }

    /** @param port 0 for a free port */
    public static FleetControl serve(MeterFleet fleet, MeterRelays relays, int port) {
        return new FleetControl(fleet, relays, port);
    }

    public int port() {
        return http.port();
    }

    /** One meter as the control API shows it. */
    public record MeterState(String number, String relay, String behaviour) {
    }

    /** The fleet as the control API shows it. */
    public record FleetState(long published, List<MeterState> meters) {
    }

    private Answer answer(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals(PREFIX) || path.equals(PREFIX + "/")) {
            return method.equals("GET") ? Answer.json(200, state()) : Answer.methodNotAllowed("GET");
        }
        if (!path.startsWith(PREFIX + "/")) {
            return Answer.notFound();
        }
        String[] parts = path.substring(PREFIX.length() + 1).split("/");
        if (!method.equals("POST")) {
            return Answer.methodNotAllowed("POST");
        }
        if (parts.length == 1 && parts[0].equals("faults")) {
            return fault(exchange);
        }
        if (parts.length != 2) {
            return Answer.notFound();
        }
        String meter = parts[0].toUpperCase(Locale.ROOT);
        if (!fleet.meterNumbers().contains(meter)) {
            return Answer.error(404, "meter_unknown", "No simulated meter " + meter);
        }
        return switch (parts[1]) {
            case "behaviour" -> behaviour(exchange, meter);
            case "bypass" -> {
                relays.bypass(meter);
                yield Answer.empty(204);
            }
            default -> Answer.notFound();
        };
    }

    private FleetState state() {
        return new FleetState(fleet.published(), fleet.meterNumbers().stream()
                .map(number -> new MeterState(number, relays.isOpen(number) ? "open" : "closed",
                        relays.behaviour(number).name().toLowerCase(Locale.ROOT)))
                .toList());
    }

    private Answer fault(HttpExchange exchange) {
        Optional<MeterFault> fault = parse(MeterFault.class, LoopbackHttp.parameter(exchange, "fault"));
        if (fault.isEmpty()) {
            return Answer.error(400, "fault_unknown", "fault must be one of " + List.of(MeterFault.values()));
        }
        int count;
        try {
            count = Integer.parseInt(LoopbackHttp.parameter(exchange, "count").orElse("1"));
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 1 || count > 1_000_000) {
            return Answer.error(400, "count_invalid", "count must be from 1 to 1000000");
        }
        fleet.inject(fault.get(), count);
        return Answer.empty(204);
    }

    private Answer behaviour(HttpExchange exchange, String meter) {
        Optional<MeterRelays.Behaviour> behaviour = parse(MeterRelays.Behaviour.class,
                LoopbackHttp.parameter(exchange, "value"));
        if (behaviour.isEmpty()) {
            return Answer.error(400, "behaviour_unknown", "value must be obey, ignore or refuse");
        }
        relays.behave(meter, behaviour.get());
        return Answer.empty(204);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, Optional<String> code) {
        try {
            return code.map(value -> Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
