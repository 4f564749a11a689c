package energy.mwolo.mobilemoney.simulator;

import energy.mwolo.mobilemoney.simulator.Http.Reply;
import energy.mwolo.mobilemoney.simulator.Http.Request;
import energy.mwolo.mobilemoney.simulator.Scenario.Result;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * An aggregator of several operators (Africell, ...) behind one API of this simulator's design: collections asked
 * with an API key, idempotent per reference, and callbacks signed the Standard Webhooks way ({@code webhook-id},
 * {@code webhook-timestamp}, {@code webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">}, one signature
 * per configured secret).
 */
final class AggregatorApi implements ProviderApi {

    static final Set<String> OPERATORS = Set.of("africell", "airtel", "orange", "vodacom");
    static final Duration OLD = Duration.ofMinutes(10);
    private static final String COLLECTIONS = "/v1/collections";

    private final Intake intake;

    AggregatorApi(Intake intake) {
        this.intake = intake;
    }

    @Override
    public Provider provider() {
        return Provider.AGGREGATOR;
    }

    @Override
    public Reply answer(Request request) {
        String path = request.path().replaceAll("/$", "");
        if (!path.equals(COLLECTIONS) && !path.startsWith(COLLECTIONS + "/")) {
            return Reply.notFound();
        }
        if (!DevCredentials.AGGREGATOR_API_KEY.equals(request.bearer())) {
            return Reply.error(401, "unauthorized", "Authorization: Bearer <API key> is missing or wrong");
        }
        if (path.equals(COLLECTIONS)) {
            return switch (request.method()) {
                case "POST" -> collect(request);
                case "GET" -> find(request.query().get("reference"), true);
                default -> Reply.error(405, "method_not_allowed", "GET or POST");
            };
        }
        return request.method().equals("GET") ? find(path.substring(COLLECTIONS.length() + 1), false)
                : Reply.error(405, "method_not_allowed", "GET");
    }

    private Reply collect(Request request) {
        JsonNode json = Json.object(request.body()).orElse(null);
        if (json == null) {
            return Reply.error(400, "invalid_json", "The body must be a JSON object");
        }
        String reference = Json.text(json, "reference");
        String operator = Json.text(json, "operator");
        String msisdn = Json.text(json, "msisdn");
        String currency = Json.text(json, "currency");
        BigDecimal amount = Json.amount(json, "amount");
        String callbackUrl = Json.text(json, "callback_url");
        if (reference == null || reference.length() > 100) {
            return Reply.error(400, "invalid_reference", "reference must hold 1 to 100 characters");
        }
        if (operator == null || !OPERATORS.contains(operator)) {
            return Reply.error(400, "invalid_operator", "operator must be one of " + OPERATORS);
        }
        if (msisdn == null || !msisdn.matches("\\+[1-9][0-9]{8,14}")) {
            return Reply.error(400, "invalid_msisdn", "msisdn must be in E.164 form (+243812345678)");
        }
        if (amount == null || currency == null || !Intake.CURRENCIES.contains(currency)) {
            return Reply.error(400, "invalid_amount", "amount must be positive and currency USD or CDF");
        }
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put("operator", operator);
        if (callbackUrl != null) {
            extras.put("callback_url", callbackUrl);
        }
        Optional<Transaction> opened = intake.open(Provider.AGGREGATOR, "col_" + Ids.hex(12), reference, msisdn,
                amount, currency, extras);
        if (opened.isPresent()) {
            return Reply.json(202, collection(opened.get(), opened.get().status(), opened.get().code()));
        }
        Transaction earlier = intake.ledger().byReference(Provider.AGGREGATOR, reference).orElseThrow();
        boolean same = earlier.amount.compareTo(amount) == 0 && earlier.currency.equals(currency)
                && earlier.msisdn().equals(msisdn) && operator.equals(earlier.extra("operator"));
        return same ? Reply.json(200, collection(earlier, earlier.status(), earlier.code()))
                : Reply.error(409, "reference_reused", "The reference " + reference + " was used for another "
                + "collection");
    }

    private Reply find(String idOrReference, boolean byReference) {
        if (idOrReference == null) {
            return Reply.error(400, "missing_reference", "GET /v1/collections needs ?reference=");
        }
        Optional<Transaction> found = byReference
                ? intake.ledger().byReference(Provider.AGGREGATOR, idOrReference)
                : intake.ledger().find(Provider.AGGREGATOR, idOrReference).filter(t -> t.id.equals(idOrReference));
        return found.map(transaction -> Reply.json(200, collection(transaction, transaction.status(),
                transaction.code()))).orElseGet(() -> Reply.error(404, "not_found", "No such collection"));
    }

    @Override
    public String code(Result result) {
        return switch (result) {
            case SUCCESS -> null;
            case INSUFFICIENT_BALANCE -> "insufficient_balance";
            case TIMEOUT -> "timeout";
            case FAILURE, AWAIT_CONFIRMATION -> "declined";
        };
    }

    /** {@code {"type", "timestamp", "data": collection}}, the event type saying how it ended. */
    @Override
    public Outgoing callback(Transaction transaction, PaymentStatus status, String code, Scenario.Signature signature,
                             ProviderSettings settings) {
        Instant now = Instant.now();
        long timestamp = (signature == Scenario.Signature.OLD_TIMESTAMP ? now.minus(OLD) : now).getEpochSecond();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", transaction.pulled ? "payment.received"
                : status == PaymentStatus.SUCCEEDED ? "collection.succeeded" : "collection.failed");
        body.put("timestamp", Instant.ofEpochSecond(timestamp).toString());
        body.put("data", collection(transaction, status, code));
        String json = Json.write(body);
        String id = "msg_" + Ids.hex(12);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", String.valueOf(timestamp));
        if (signature != Scenario.Signature.NONE && !settings.secrets().isEmpty()) {
            List<String> secrets = signature == Scenario.Signature.WRONG
                    ? List.of(Signatures.WEBHOOK_SECRET_PREFIX + "d3Jvbmctd3Jvbmctd3Jvbmctd3Jvbmctd3Jvbmc=")
                    : settings.secrets();
            headers.put("webhook-signature", Signatures.webhookSignature(secrets, id, timestamp, json));
        }
        String url = transaction.pulled ? settings.c2bCallbackUrl()
                : transaction.extra("callback_url") != null ? transaction.extra("callback_url")
                : settings.callbackUrl();
        return new Outgoing(url, headers, json);
    }

    private static Map<String, Object> collection(Transaction transaction, PaymentStatus status, String code) {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("id", transaction.id);
        collection.put("reference", transaction.reference);
        collection.put("operator", transaction.extra("operator"));
        collection.put("msisdn", transaction.msisdn());
        collection.put("amount", transaction.amount.toPlainString());
        collection.put("currency", transaction.currency);
        collection.put("status", switch (status) {
            case PENDING -> "pending";
            case SUCCEEDED -> "succeeded";
            case FAILED, EXPIRED -> "failed";
        });
        if (status != PaymentStatus.SUCCEEDED && code != null) {
            collection.put("failure_code", code);
        }
        collection.put("created_at", transaction.createdAt.toString());
        return collection;
    }
}
