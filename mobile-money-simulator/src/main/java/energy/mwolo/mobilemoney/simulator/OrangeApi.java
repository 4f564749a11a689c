package energy.mwolo.mobilemoney.simulator;

import energy.mwolo.mobilemoney.simulator.Http.Reply;
import energy.mwolo.mobilemoney.simulator.Http.Request;
import energy.mwolo.mobilemoney.simulator.Scenario.Result;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Orange Money web payment: an OAuth2 token (HTTP Basic), an init answering {@code pay_token}, {@code payment_url}
 * and {@code notif_token}, a payment page where the customer pays (here: a form, or the control API), a notification
 * {@code {"status", "notif_token", "txnid"}} to the init's {@code notif_url}, and a transaction status call.
 */
final class OrangeApi implements ProviderApi {

    private static final String WEBPAY = "/orange-money-webpay/";
    private final Intake intake;
    private final Supplier<String> ownBaseUrl;
    private final Tokens tokens = new Tokens(Duration.ofDays(90));

    OrangeApi(Intake intake, Supplier<String> ownBaseUrl) {
        this.intake = intake;
        this.ownBaseUrl = ownBaseUrl;
    }

    @Override
    public Provider provider() {
        return Provider.ORANGE;
    }

    @Override
    public Reply answer(Request request) {
        String path = request.path();
        String route = request.method() + " " + path;
        if (route.equals("POST /oauth/v3/token")) {
            return token(request);
        }
        if (path.startsWith("/pay/")) {
            return page(request, path.substring("/pay/".length()));
        }
        if (!path.startsWith(WEBPAY) || !request.method().equals("POST")) {
            return Reply.notFound();
        }
        if (!tokens.valid(request.bearer())) {
            return error(401, "Invalid credentials");
        }
        if (path.matches(WEBPAY + "[a-z]{2}/v1/webpayment/?")) {
            return init(request);
        }
        if (path.matches(WEBPAY + "[a-z]{2}/v1/transactionstatus/?")) {
            return status(request);
        }
        return Reply.notFound();
    }

    private Reply token(Request request) {
        String expected = "Basic " + Base64.getEncoder().encodeToString((DevCredentials.ORANGE_CLIENT_ID + ":"
                + DevCredentials.ORANGE_CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(request.header("Authorization"))) {
            return Reply.json(401, Map.of("error", "invalid_client", "error_description", "Invalid client"));
        }
        if (!"client_credentials".equals(Http.form(request.body()).get("grant_type"))) {
            return Reply.json(400, Map.of("error", "unsupported_grant_type",
                    "error_description", "grant_type must be client_credentials"));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("token_type", "Bearer");
        answer.put("access_token", tokens.issue());
        answer.put("expires_in", tokens.lifetimeSeconds());
        return Reply.json(200, answer);
    }

    private Reply init(Request request) {
        JsonNode json = Json.object(request.body()).orElse(null);
        if (json == null || !DevCredentials.ORANGE_MERCHANT_KEY.equals(Json.text(json, "merchant_key"))) {
            return error(400, "merchant_key is missing or unknown");
        }
        String orderId = Json.text(json, "order_id");
        String currency = Json.text(json, "currency");
        String notifUrl = Json.text(json, "notif_url");
        BigDecimal amount = Json.amount(json, "amount");
        if (orderId == null || currency == null || notifUrl == null || amount == null
                || Json.text(json, "return_url") == null || Json.text(json, "cancel_url") == null) {
            return error(400, "order_id, amount, currency, return_url, cancel_url and notif_url are required");
        }
        if (!Intake.CURRENCIES.contains(currency)) {
            return error(400, "currency must be USD or CDF");
        }
        String payToken = Ids.hex(16);
        String notifToken = Ids.hex(16);
        Optional<Transaction> opened = intake.open(Provider.ORANGE, Ids.digits("MP", 12), orderId, null, amount,
                currency, Map.of("pay_token", payToken, "notif_token", notifToken, "notif_url", notifUrl));
        if (opened.isEmpty()) {
            return error(400, "order_id " + orderId + " was already used");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", 201);
        answer.put("message", "OK");
        answer.put("pay_token", payToken);
        answer.put("payment_url", ownBaseUrl.get() + "/pay/" + payToken);
        answer.put("notif_token", notifToken);
        return Reply.json(201, answer);
    }

    private Reply status(Request request) {
        JsonNode json = Json.object(request.body()).orElse(null);
        String orderId = json == null ? null : Json.text(json, "order_id");
        String payToken = json == null ? null : Json.text(json, "pay_token");
        if (orderId == null || payToken == null || Json.amount(json, "amount") == null) {
            return error(400, "order_id, amount and pay_token are required");
        }
        Optional<Transaction> found = intake.ledger().byReference(Provider.ORANGE, orderId)
                .filter(transaction -> payToken.equals(transaction.extra("pay_token")));
        if (found.isEmpty()) {
            return error(404, "No transaction for this order_id and pay_token");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", statusName(found.get().status()));
        answer.put("order_id", orderId);
        answer.put("txnid", found.get().status().isFinal() ? found.get().id : null);
        answer.values().removeIf(Objects::isNull);
        return Reply.json(201, answer);
    }

    /**
     * The payment page: {@code GET} shows it, {@code POST} (form or query {@code msisdn}, {@code result}) is the
     * customer paying or refusing there.
     */
    private Reply page(Request request, String payToken) {
        Optional<Transaction> found = intake.ledger().transactions(transaction -> transaction.provider
                == Provider.ORANGE && payToken.equals(transaction.extra("pay_token"))).stream().findFirst();
        if (found.isEmpty()) {
            return Reply.text(404, "text/plain; charset=utf-8", "Unknown payment");
        }
        Transaction transaction = found.get();
        if (request.method().equals("POST")) {
            Map<String, String> fields = new LinkedHashMap<>(request.query());
            fields.putAll(Http.form(request.body()));
            transaction.paidFrom(fields.get("msisdn"));
            Result result = Result.valueOf(fields.getOrDefault("result", "success").toUpperCase(Locale.ROOT));
            intake.settlement().settle(transaction, result, null);
        }
        return Reply.text(200, "text/html; charset=utf-8", "<!doctype html><title>Orange Money</title>"
                + "<p>Order " + transaction.reference + ": " + transaction.amount.toPlainString() + " "
                + transaction.currency + ", " + statusName(transaction.status()) + "</p>"
                + "<form method=post><input name=msisdn placeholder=msisdn>"
                + "<button name=result value=success>Pay</button>"
                + "<button name=result value=failure>Refuse</button></form>");
    }

    @Override
    public String code(Result result) {
        return switch (result) {
            case SUCCESS -> "SUCCESS";
            case TIMEOUT -> "EXPIRED";
            case FAILURE, INSUFFICIENT_BALANCE, AWAIT_CONFIRMATION -> "FAILED";
        };
    }

    @Override
    public Outgoing callback(Transaction transaction, PaymentStatus status, String code, Scenario.Signature signature,
                             ProviderSettings settings) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status == PaymentStatus.SUCCEEDED ? "SUCCESS" : "FAILED");
        // The token is Orange's only proof that a notification is genuine: WRONG plays a forger who does not know it.
        String token = transaction.extra("notif_token");
        body.put("notif_token", signature == Scenario.Signature.WRONG ? token + "-forged" : token);
        body.put("txnid", transaction.id);
        return new Outgoing(transaction.extra("notif_url"), Map.of(), Json.write(body));
    }

    private static String statusName(PaymentStatus status) {
        return switch (status) {
            case PENDING -> "PENDING";
            case SUCCEEDED -> "SUCCESS";
            case FAILED -> "FAILED";
            case EXPIRED -> "EXPIRED";
        };
    }

    private static Reply error(int status, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("message", status == 401 ? "Unauthorized" : "Bad Request");
        body.put("description", description);
        return Reply.json(status, body);
    }
}
