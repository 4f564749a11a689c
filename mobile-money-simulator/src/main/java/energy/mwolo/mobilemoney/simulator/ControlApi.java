package energy.mwolo.mobilemoney.simulator;

import energy.mwolo.mobilemoney.simulator.Http.Reply;
import energy.mwolo.mobilemoney.simulator.Http.Request;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/**
 * The scenario controls over HTTP, for a person at the devstack or a test in another process: the same operations as
 * {@link MobileMoneySimulator}'s methods. Errors are {@code {"code", "message"}}.
 */
final class ControlApi {

    private final MobileMoneySimulator simulator;

    ControlApi(MobileMoneySimulator simulator) {
        this.simulator = simulator;
    }

    /** The JSON form of a {@link Scenario}; every field optional ({@code result} defaults to success). */
    record ScenarioJson(String result, String code, Long delayMs, Integer copies, Boolean drop,
                        Boolean failureAfterSuccess, String signature) {

        static ScenarioJson of(Scenario scenario) {
            return new ScenarioJson(scenario.result().name().toLowerCase(Locale.ROOT), scenario.code(),
                    scenario.delay().toMillis(), scenario.copies(), scenario.drop(), scenario.failureAfterSuccess(),
                    scenario.signature().name().toLowerCase(Locale.ROOT));
        }

        Scenario toScenario() {
            return new Scenario(result == null ? Scenario.Result.SUCCESS : enumOf(Scenario.Result.class, result),
                    code, Duration.ofMillis(delayMs == null ? 0 : delayMs), copies == null ? 1 : copies,
                    Boolean.TRUE.equals(drop), Boolean.TRUE.equals(failureAfterSuccess),
                    signature == null ? Scenario.Signature.VALID : enumOf(Scenario.Signature.class, signature));
        }
    }

    /** A provider's settings as the control API shows and takes them. */
    record SettingsJson(String provider, String baseUrl, String callbackUrl, String c2bCallbackUrl,
                        ScenarioJson defaultScenario, Boolean signing, String hashPayload, List<String> secrets,
                        Boolean reachable) {
    }

    record PaybillJson(String provider, String accountReference, String msisdn, BigDecimal amount, String currency) {
    }

    record ConfirmJson(String result, String code) {
    }

    /** How the statement shows a payment: {@code amount} booked instead of the one reported, or left out. */
    record StatementLineJson(BigDecimal amount, Boolean leftOut) {
    }

    Reply answer(Request request) {
        List<String> path = segments(request.path());
        String method = request.method();
        if (path.isEmpty()) {
            if (!method.equals("DELETE")) {
                return Reply.error(405, "method_not_allowed", "DELETE /control resets the simulator");
            }
            simulator.reset();
            return Reply.empty(204);
        }
        return switch (path.get(0)) {
            case "providers" -> providers(method, path, request.body());
            case "scenarios" -> scenarios(method, path, request.body());
            case "payments" -> payments(method, path, request);
            case "paybill" -> method.equals("POST") ? paybill(request.body())
                    : Reply.error(405, "method_not_allowed", "POST");
            case "callbacks" -> callbacks(method, path, request);
            case "statements" -> path.size() == 2 && method.equals("GET")
                    ? statement(Provider.of(path.get(1)), request.query().get("date")) : Reply.notFound();
            default -> Reply.notFound();
        };
    }

    private Reply providers(String method, List<String> path, String body) {
        if (path.size() == 1 && method.equals("GET")) {
            List<SettingsJson> all = new ArrayList<>();
            for (Provider provider : Provider.values()) {
                all.add(settings(provider));
            }
            return Reply.json(200, all);
        }
        if (path.size() != 2) {
            return Reply.notFound();
        }
        Provider provider = Provider.of(path.get(1));
        if (method.equals("PUT") || method.equals("PATCH")) {
            SettingsJson change = read(body, SettingsJson.class);
            simulator.configure(provider, changes(change));
        } else if (!method.equals("GET")) {
            return Reply.error(405, "method_not_allowed", "GET or PUT");
        }
        return Reply.json(200, settings(provider));
    }

    /** Only the fields given change. */
    private static UnaryOperator<ProviderSettings> changes(SettingsJson change) {
        return settings -> {
            ProviderSettings changed = settings;
            if (change.callbackUrl() != null) {
                changed = changed.withCallbackUrl(change.callbackUrl().isBlank() ? null : change.callbackUrl());
            }
            if (change.c2bCallbackUrl() != null) {
                changed = changed.withC2bCallbackUrl(change.c2bCallbackUrl().isBlank() ? null
                        : change.c2bCallbackUrl());
            }
            if (change.defaultScenario() != null) {
                changed = changed.withDefaultScenario(change.defaultScenario().toScenario());
            }
            if (change.signing() != null || change.hashPayload() != null) {
                changed = changed.withSigning(change.signing() != null ? change.signing() : changed.signing(),
                        change.hashPayload() != null
                                ? enumOf(ProviderSettings.HashPayload.class, change.hashPayload())
                                : changed.hashPayload());
            }
            if (change.secrets() != null) {
                changed = changed.withSecrets(change.secrets());
            }
            if (change.reachable() != null) {
                changed = changed.withReachable(change.reachable());
            }
            return changed;
        };
    }

    private SettingsJson settings(Provider provider) {
        ProviderSettings settings = simulator.settings(provider);
        return new SettingsJson(provider.key(), simulator.url(provider), settings.callbackUrl(),
                settings.c2bCallbackUrl(), ScenarioJson.of(settings.defaultScenario()), settings.signing(),
                settings.hashPayload().name().toLowerCase(Locale.ROOT), settings.secrets(),
                settings.reachable());
    }

    private Reply scenarios(String method, List<String> path, String body) {
        if (path.size() == 1 && method.equals("GET")) {
            Map<String, Map<String, ScenarioJson>> all = new LinkedHashMap<>();
            simulator.overrides().forEach((kind, overrides) -> {
                Map<String, ScenarioJson> shown = new LinkedHashMap<>();
                overrides.forEach((key, scenario) -> shown.put(key, ScenarioJson.of(scenario)));
                all.put(kind, shown);
            });
            return Reply.json(200, all);
        }
        if (path.size() != 3 || !(path.get(1).equals("msisdn") || path.get(1).equals("reference"))) {
            return Reply.notFound();
        }
        Scenario scenario = switch (method) {
            case "PUT" -> read(body, ScenarioJson.class).toScenario();
            case "DELETE" -> null;
            default -> throw new IllegalArgumentException("PUT or DELETE a scenario");
        };
        if (path.get(1).equals("msisdn")) {
            simulator.scenarioForMsisdn(path.get(2), scenario);
        } else {
            simulator.scenarioForReference(path.get(2), scenario);
        }
        return scenario == null ? Reply.empty(204) : Reply.json(200, ScenarioJson.of(scenario));
    }

    private Reply payments(String method, List<String> path, Request request) {
        if (path.size() == 1 && method.equals("GET")) {
            String provider = request.query().get("provider");
            String reference = request.query().get("reference");
            return Reply.json(200, (provider == null ? simulator.payments() : simulator.payments(Provider.of(provider)))
                    .stream().filter(payment -> reference == null || payment.reference().equals(reference)).toList());
        }
        if (path.size() == 2 && method.equals("GET")) {
            return simulator.payment(path.get(1)).map(payment -> Reply.json(200, payment))
                    .orElseGet(() -> Reply.error(404, "unknown_payment", "No payment " + path.get(1)));
        }
        if (path.size() == 3 && path.get(2).equals("confirm") && method.equals("POST")) {
            if (simulator.payment(path.get(1)).isEmpty()) {
                return Reply.error(404, "unknown_payment", "No payment " + path.get(1));
            }
            ConfirmJson confirm = request.body().isBlank() ? new ConfirmJson(null, null)
                    : read(request.body(), ConfirmJson.class);
            try {
                return Reply.json(200, simulator.confirm(path.get(1), confirm.result() == null ? null
                        : enumOf(Scenario.Result.class, confirm.result()), confirm.code()));
            } catch (IllegalStateException e) {
                return Reply.error(409, "already_ended", e.getMessage());
            }
        }
        if (path.size() == 3 && path.get(2).equals("statement") && method.equals("PUT")) {
            return statementLine(path.get(1), request.body());
        }
        return Reply.notFound();
    }

    private Reply statementLine(String idOrReference, String body) {
        if (simulator.payment(idOrReference).isEmpty()) {
            return Reply.error(404, "unknown_payment", "No payment " + idOrReference);
        }
        StatementLineJson line = read(body, StatementLineJson.class);
        if (Boolean.TRUE.equals(line.leftOut())) {
            return Reply.json(200, simulator.leaveOutOfStatement(idOrReference));
        }
        if (line.amount() == null) {
            throw new IllegalArgumentException("Give amount or left_out: true");
        }
        return Reply.json(200, simulator.bookAmount(idOrReference, line.amount()));
    }

    private Reply paybill(String body) {
        PaybillJson paybill = read(body, PaybillJson.class);
        if (paybill.provider() == null) {
            return Reply.error(400, "bad_request", "provider is required (mpesa or aggregator)");
        }
        return Reply.json(201, simulator.customerPays(Provider.of(paybill.provider()), paybill.accountReference(),
                paybill.msisdn(), paybill.amount(), paybill.currency()));
    }

    private Reply callbacks(String method, List<String> path, Request request) {
        if (path.size() == 1 && method.equals("GET")) {
            String provider = request.query().get("provider");
            String payment = request.query().get("payment");
            List<SentCallback> callbacks = payment == null ? simulator.callbacks() : simulator.callbacks(payment);
            return Reply.json(200, callbacks.stream()
                    .filter(callback -> provider == null || callback.provider() == Provider.of(provider)).toList());
        }
        if (path.size() == 3 && path.get(2).equals("replay") && method.equals("POST")) {
            long id;
            try {
                id = Long.parseLong(path.get(1));
            } catch (NumberFormatException e) {
                return Reply.error(404, "unknown_callback", "No callback " + path.get(1));
            }
            return Reply.json(200, simulator.replay(id));
        }
        return Reply.notFound();
    }

    private Reply statement(Provider provider, String date) {
        LocalDate day;
        try {
            day = date == null ? LocalDate.now(Statement.KINSHASA) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return Reply.error(400, "invalid_date", "date must be YYYY-MM-DD");
        }
        return Reply.text(200, "text/csv; charset=utf-8", simulator.statement(provider, day))
                .withHeader("Content-Disposition", "attachment; filename=\"" + provider.key() + "-" + day + ".csv\"");
    }

    private static <T> T read(String body, Class<T> type) {
        JsonNode json = Json.object(body).orElseThrow(() -> new IllegalArgumentException("The body must be a JSON "
                + "object"));
        try {
            return Json.MAPPER.treeToValue(json, type);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The body does not fit: " + e.getMessage(), e);
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown " + type.getSimpleName() + " '" + name + "'", e);
        }
    }

    /** The path's segments; the server already decoded percent-escapes, and a plus stays a plus. */
    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }
}
