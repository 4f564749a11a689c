package energy.mwolo.mobilemoney.simulator;

import energy.mwolo.mobilemoney.simulator.Http.Reply;
import energy.mwolo.mobilemoney.simulator.Http.Request;
import energy.mwolo.mobilemoney.simulator.Scenario.Result;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Airtel Money Africa open API: OAuth2 client credentials, a collection request ({@code X-Country},
 * {@code X-Currency}) answered "in process", a callback {@code {"transaction": {...}, "hash"}} whose hash is
 * Base64(HMAC-SHA256(secret, payload)) when signing is on, and a status enquiry.
 */
final class AirtelApi implements ProviderApi {

    static final String SUCCESS = "DP00800001001";
    static final String REFUSED = "DP00800001008";
    static final String INSUFFICIENT_FUNDS = "DP00800001007";
    static final String TIMED_OUT = "DP00800001024";
    static final String IN_PROCESS = "DP00800001006";
    private static final Map<String, String> MESSAGES = Map.of(
            SUCCESS, "Transaction is successful",
            REFUSED, "The transaction was refused",
            INSUFFICIENT_FUNDS, "Customer has insufficient funds",
            TIMED_OUT, "Transaction Timed Out",
            IN_PROCESS, "Transaction in pending state. Please check after sometime");

    private final Intake intake;
    private final Tokens tokens = new Tokens(Duration.ofSeconds(180));

    AirtelApi(Intake intake) {
        this.intake = intake;
    }

    @Override
    public Provider provider() {
        return Provider.AIRTEL;
    }

    @Override
    public Reply answer(Request request) {
        String path = request.path();
        if (request.method().equals("POST") && path.equals("/auth/oauth2/token")) {
            return token(request);
        }
        boolean paying = request.method().equals("POST") && (path.equals("/merchant/v1/payments/")
                || path.equals("/merchant/v1/payments"));
        boolean asking = request.method().equals("GET") && path.startsWith("/standard/v1/payments/");
        if (!paying && !asking) {
            return Reply.notFound();
        }
        if (!tokens.valid(request.bearer())) {
            return status(401, "Unauthorized", "ESB000041", null, false, Map.of());
        }
        return paying ? pay(request) : enquire(request, path.substring("/standard/v1/payments/".length()));
    }

    private Reply token(Request request) {
        JsonNode json = Json.object(request.body()).orElse(null);
        if (json == null || !"client_credentials".equals(Json.text(json, "grant_type"))) {
            return Reply.json(400, Map.of("error", "unsupported_grant_type",
                    "error_description", "grant_type must be client_credentials"));
        }
        if (!DevCredentials.AIRTEL_CLIENT_ID.equals(Json.text(json, "client_id"))
                || !DevCredentials.AIRTEL_CLIENT_SECRET.equals(Json.text(json, "client_secret"))) {
            return Reply.json(401, Map.of("error", "invalid_client", "error_description", "Invalid client"));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", tokens.issue());
        answer.put("expires_in", String.valueOf(tokens.lifetimeSeconds()));
        answer.put("token_type", "bearer");
        return Reply.json(200, answer);
    }

    private Reply pay(Request request) {
        JsonNode json = Json.object(request.body()).orElse(null);
        String reference = json == null ? null : Json.text(json, "reference");
        String id = json == null ? null : Json.text(json, "transaction", "id");
        String msisdn = json == null ? null : Json.text(json, "subscriber", "msisdn");
        String currency = json == null ? null : Json.text(json, "transaction", "currency");
        BigDecimal amount = json == null ? null : Json.amount(json, "transaction", "amount");
        if (reference == null || id == null || msisdn == null || currency == null || amount == null
                || Json.text(json, "transaction", "country") == null) {
            return invalid("reference, subscriber.msisdn and transaction.amount, country, currency and id are "
                    + "required");
        }
        if (!msisdn.matches("[0-9]{9,12}")) {
            return invalid("subscriber.msisdn must be the number without its country code");
        }
        if (!Intake.CURRENCIES.contains(currency) || !currency.equals(request.header("X-Currency"))
                || !Json.text(json, "transaction", "country").equals(request.header("X-Country"))) {
            return invalid("X-Country and X-Currency must be given and agree with the transaction (CD, USD or CDF)");
        }
        Optional<Transaction> opened = intake.open(Provider.AIRTEL, Ids.digits("MP", 12), id, msisdn, amount,
                currency, Map.of("reference", reference, "country", request.header("X-Country")));
        if (opened.isEmpty()) {
            return status(409, "Duplicate transaction id", "ESB000033", null, false, Map.of());
        }
        return status(200, "Success.", "ESB000010", IN_PROCESS, true,
                Map.of("transaction", Map.of("id", id, "status", "Success.")));
    }

    private Reply enquire(Request request, String id) {
        if (request.header("X-Country") == null || request.header("X-Currency") == null) {
            return invalid("X-Country and X-Currency are required");
        }
        Optional<Transaction> found = intake.ledger().byReference(Provider.AIRTEL, id.replaceAll("/$", ""));
        if (found.isEmpty()) {
            return status(404, "Transaction not found", "ESB000008", "DP00800001005", false, Map.of());
        }
        Transaction transaction = found.get();
        PaymentStatus status = transaction.status();
        String code = status.isFinal() ? transaction.code() : IN_PROCESS;
        Map<String, Object> data = new LinkedHashMap<>();
        if (status.isFinal()) {
            data.put("airtel_money_id", transaction.id);
        }
        data.put("id", transaction.reference);
        data.put("message", MESSAGES.getOrDefault(code, "Transaction failed"));
        data.put("status", statusCode(status));
        return status(200, "SUCCESS", "ESB000010", code, true, Map.of("transaction", data));
    }

    @Override
    public String code(Result result) {
        return switch (result) {
            case SUCCESS -> SUCCESS;
            case INSUFFICIENT_BALANCE -> INSUFFICIENT_FUNDS;
            case TIMEOUT -> TIMED_OUT;
            case FAILURE, AWAIT_CONFIRMATION -> REFUSED;
        };
    }

    /**
     * The body is written as text so that the hash covers exactly the bytes sent: {@code {"transaction":{...}}} for
     * the BODY variant, the {@code {...}} of the transaction for the TRANSACTION variant, then {@code ,"hash":...}.
     */
    @Override
    public Outgoing callback(Transaction transaction, PaymentStatus status, String code, Scenario.Signature signature,
                             ProviderSettings settings) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", transaction.reference);
        fields.put("message", MESSAGES.getOrDefault(code, "Transaction failed"));
        fields.put("status_code", statusCode(status).equals("TS") ? "TS" : "TF");
        fields.put("airtel_money_id", transaction.id);
        String object = Json.write(fields);
        String unsigned = "{\"transaction\":" + object + "}";
        if (!settings.signing() || signature == Scenario.Signature.NONE || settings.secrets().isEmpty()) {
            return new Outgoing(settings.callbackUrl(), Map.of(), unsigned);
        }
        String secret = settings.secrets().get(0) + (signature == Scenario.Signature.WRONG ? "-wrong" : "");
        String hash = Signatures.airtelHash(secret,
                settings.hashPayload() == ProviderSettings.HashPayload.BODY ? unsigned : object);
        return new Outgoing(settings.callbackUrl(), Map.of(),
                "{\"transaction\":" + object + ",\"hash\":" + Json.write(hash) + "}");
    }

    private static String statusCode(PaymentStatus status) {
        return switch (status) {
            case PENDING -> "TIP";
            case SUCCEEDED -> "TS";
            case FAILED, EXPIRED -> "TF";
        };
    }

    private static Reply invalid(String message) {
        return status(400, message, "ESB000008", null, false, Map.of());
    }

    private static Reply status(int http, String message, String resultCode, String responseCode, boolean success,
                                Map<String, ?> data) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("code", String.valueOf(http));
        status.put("message", message);
        status.put("result_code", resultCode);
        if (responseCode != null) {
            status.put("response_code", responseCode);
        }
        status.put("success", success);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        body.put("status", status);
        return Reply.json(http, body);
    }
}
