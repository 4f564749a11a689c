package energy.mwolo.embedded.notifications;

import com.sun.net.httpserver.HttpExchange;
import energy.mwolo.contracts.ContractJson;
import energy.mwolo.embedded.LoopbackHttp;
import energy.mwolo.embedded.LoopbackHttp.Answer;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * An SMS gateway on loopback that sends nothing: it accepts SMS as a gateway's HTTP API would, keeps them (the latest
 * {@value #KEPT}) and lists them, and can be told to fail, so that a service's SMS adapter is written and tested
 * against one contract:
 *
 * <pre>
 * POST   /sms                       {"to": "+243812345678", "text": "...", "reference": "..."}
 *                                   202 {"id": "..."}; the same reference again: 202 with the same id, kept once;
 *                                   400 {"code", "message"} for a number that is not E.164, an empty text, ...;
 *                                   409 when the reference was used for another number or text;
 *                                   503 (Retry-After: 1) while failures asked for are pending
 * GET    /sms                       every SMS kept, newest first; ?to=+243... keeps those sent to that number
 * DELETE /sms                       forgets every SMS, reference and pending failure (204)
 * POST   /control/fail-next?count=N the next N sends answer 503 and keep nothing (default 1, 0 cancels; 204)
 * </pre>
 *
 * An SMS is {@code {"id", "to", "text", "reference", "received_at"}} (see {@link SentSms}); everything lives in memory
 * only.
 */
public final class SmsSimulator implements AutoCloseable {

    /** How many SMS are kept; older ones, and their references, are forgotten first. */
    public static final int KEPT = 10_000;
    /** A number in E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
    public static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    /** The longest text accepted, in characters (ten concatenated parts). */
    public static final int MAX_TEXT_LENGTH = 1600;
    /** The longest reference accepted, in characters. */
    public static final int MAX_REFERENCE_LENGTH = 100;
    private static final int MAX_FAILURES = 1000;
    private static final Logger log = LoggerFactory.getLogger(SmsSimulator.class);

    private final Deque<SentSms> sent = new ArrayDeque<>();
    private final Map<String, SentSms> byReference = new HashMap<>();
    private final List<Consumer<SentSms>> listeners = new CopyOnWriteArrayList<>();
    private final LoopbackHttp http;
    private int failuresPending;

    /** The answer to an accepted send. */
    record Accepted(String id) {
    }

    private SmsSimulator(int port) {
        this.http = LoopbackHttp.serve(port, "the SMS simulator", "sms-simulator-http", this::answer);
    }

    /** A simulator on a free loopback port. */
    public static SmsSimulator start() {
        return start(0);
    }

    /**
     * A simulator on {@code 127.0.0.1:port}.
     *
     * @param port 0 for a free port
     * @throws IllegalStateException when the port is in use
     */
    public static SmsSimulator start(int port) {
        return new SmsSimulator(port);
    }

    public int port() {
        return http.port();
    }

    /** What services are given as the gateway's base URL: {@code http://127.0.0.1:<port>}, no trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** Every SMS kept, newest first. */
    public synchronized List<SentSms> sent() {
        return List.copyOf(sent);
    }

    /** The SMS sent to {@code number}, newest first. */
    public synchronized List<SentSms> sentTo(String number) {
        return sent.stream().filter(sms -> sms.to().equals(number.trim())).toList();
    }

    /** The next {@code count} sends answer 503 and keep nothing; replaces what was pending (0 cancels). */
    public synchronized void failNext(int count) {
        if (count < 0 || count > MAX_FAILURES) {
            throw new IllegalArgumentException("count must be between 0 and " + MAX_FAILURES + ", not " + count);
        }
        failuresPending = count;
    }

    /** Forgets every SMS, every reference and the pending failures. */
    public synchronized void clear() {
        sent.clear();
        byReference.clear();
        failuresPending = 0;
    }

    /** Called with each SMS once it is kept (not for a repeated reference), on the thread that accepted it. */
    public void onSent(Consumer<SentSms> listener) {
        listeners.add(listener);
    }

    private Answer answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals("/sms") || path.equals("/sms/")) {
            return switch (method) {
                case "POST" -> send(exchange);
                case "GET" -> Answer.json(200, LoopbackHttp.parameter(exchange, "to")
                        .map(this::sentTo).orElseGet(this::sent));
                case "DELETE" -> {
                    clear();
                    yield Answer.empty(204);
                }
                default -> Answer.methodNotAllowed("GET, POST, DELETE");
            };
        }
        if (path.equals("/control/fail-next")) {
            if (!method.equals("POST")) {
                return Answer.methodNotAllowed("POST");
            }
            String count = LoopbackHttp.parameter(exchange, "count").orElse("1");
            if (!count.matches("\\d{1,4}") || Integer.parseInt(count) > MAX_FAILURES) {
                return Answer.error(400, "invalid_count", "count must be a whole number from 0 to " + MAX_FAILURES);
            }
            failNext(Integer.parseInt(count));
            return Answer.empty(204);
        }
        return Answer.notFound();
    }

    private Answer send(HttpExchange exchange) throws IOException {
        if (takeFailure()) {
            return Answer.error(503, "unavailable", "The gateway is failing on purpose (fail-next)")
                    .withHeader("Retry-After", "1");
        }
        Optional<String> body = LoopbackHttp.body(exchange);
        if (body.isEmpty()) {
            return Answer.error(413, "too_large", "The body is larger than " + LoopbackHttp.MAX_BODY_BYTES + " bytes");
        }
        JsonNode json;
        try {
            json = ContractJson.mapper().readTree(body.get());
        } catch (JacksonException e) {
            return Answer.error(400, "invalid_json", "The body is not JSON");
        }
        if (json == null || !json.isObject()) {
            return Answer.error(400, "invalid_json", "The body must be a JSON object");
        }
        String to = string(json, "to");
        if (to == null || !E164.matcher(to).matches()) {
            return Answer.error(400, "invalid_to", "to must be a number in E.164 form, such as +243812345678");
        }
        String text = string(json, "text");
        if (text == null || text.isBlank() || text.length() > MAX_TEXT_LENGTH) {
            return Answer.error(400, "invalid_text", "text must hold 1 to " + MAX_TEXT_LENGTH + " characters");
        }
        JsonNode reference = json.get("reference");
        if (reference != null && !reference.isNull() && (!reference.isString() || reference.asString().isBlank()
                || reference.asString().length() > MAX_REFERENCE_LENGTH)) {
            return Answer.error(400, "invalid_reference",
                    "reference, when given, must hold 1 to " + MAX_REFERENCE_LENGTH + " characters");
        }
        return keep(to, text, reference == null || reference.isNull() ? null : reference.asString());
    }

    private synchronized boolean takeFailure() {
        if (failuresPending == 0) {
            return false;
        }
        failuresPending--;
        return true;
    }

    private Answer keep(String to, String text, String reference) {
        SentSms sms;
        synchronized (this) {
            SentSms earlier = reference == null ? null : byReference.get(reference);
            if (earlier != null) {
                return earlier.to().equals(to) && earlier.text().equals(text)
                        ? Answer.json(202, new Accepted(earlier.id()))
                        : Answer.error(409, "reference_reused", "The reference " + reference
                                + " was used for another number or text");
            }
            sms = new SentSms(UUID.randomUUID().toString(), to, text, reference, Instant.now());
            sent.addFirst(sms);
            if (reference != null) {
                byReference.put(reference, sms);
            }
            while (sent.size() > KEPT) {
                SentSms oldest = sent.removeLast();
                if (oldest.reference() != null) {
                    byReference.remove(oldest.reference());
                }
            }
        }
        for (Consumer<SentSms> listener : listeners) {
            try {
                listener.accept(sms);
            } catch (RuntimeException e) {
                log.warn("A listener of the SMS simulator failed", e);
            }
        }
        return Answer.json(202, new Accepted(sms.id()));
    }

    private static String string(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "SmsSimulator[" + baseUrl() + "]";
    }
}
