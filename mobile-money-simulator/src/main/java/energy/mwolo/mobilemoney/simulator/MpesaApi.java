package energy.mwolo.mobilemoney.simulator;

import energy.mwolo.mobilemoney.simulator.Http.Reply;
import energy.mwolo.mobilemoney.simulator.Http.Request;
import energy.mwolo.mobilemoney.simulator.Scenario.Result;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Vodacom M-Pesa OpenAPI, market vodacomDRC: a customer-to-business payment answered at once
 * ({@code output_ResponseCode} INS-0) and reported later by an unsigned result callback, which billing acknowledges
 * with {@code output_ResponseCode "0"}; a status query by transaction id, conversation id or our conversation id.
 * The {@code Authorization: Bearer} token must be present; its content (the API key encrypted with the market's
 * public key, or a session id) is not checked.
 */
final class MpesaApi implements ProviderApi {

    static final String MARKET = "/ipg/v2/vodacomDRC";
    private static final ZoneId KINSHASA = ZoneId.of("Africa/Kinshasa");
    private static final DateTimeFormatter TRANSACTION_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("INS-0", "Request processed successfully"),
            Map.entry("INS-1", "Internal Error"),
            Map.entry("INS-2", "Invalid API Key"),
            Map.entry("INS-5", "Transaction cancelled by customer"),
            Map.entry("INS-6", "Transaction Failed"),
            Map.entry("INS-9", "Request timeout"),
            Map.entry("INS-10", "Duplicate Transaction"),
            Map.entry("INS-15", "Invalid Amount Used"),
            Map.entry("INS-18", "Invalid TransactionID Used"),
            Map.entry("INS-20", "Not All Parameters Provided. Please try again."),
            Map.entry("INS-21", "Parameter validations failed. Please try again."),
            Map.entry("INS-998", "Invalid Market"),
            Map.entry("INS-2001", "Initiator authentication error."),
            Map.entry("INS-2006", "Insufficient balance"),
            Map.entry("INS-2051", "MSISDN invalid."));

    private final Intake intake;

    MpesaApi(Intake intake) {
        this.intake = intake;
    }

    @Override
    public Provider provider() {
        return Provider.MPESA;
    }

    @Override
    public Reply answer(Request request) {
        String path = request.path().endsWith("/") ? request.path() : request.path() + "/";
        if (!path.startsWith(MARKET + "/")) {
            return path.startsWith("/ipg/") ? refuse(400, "INS-998") : Reply.notFound();
        }
        if (request.bearer() == null) {
            return refuse(401, "INS-2");
        }
        return switch (request.method() + " " + path.substring(MARKET.length())) {
            case "GET /getSession/" -> Reply.json(201, output("INS-0", Map.of("output_SessionID", Ids.hex(16))));
            case "POST /c2bPayment/singleStage/" -> pay(request);
            case "GET /queryTransactionStatus/" -> status(request);
            default -> Reply.notFound();
        };
    }

    private Reply pay(Request request) {
        Optional<JsonNode> body = Json.object(request.body());
        if (body.isEmpty()) {
            return refuse(400, "INS-21");
        }
        JsonNode json = body.get();
        String ours = Json.text(json, "input_ThirdPartyConversationID");
        String msisdn = Json.text(json, "input_CustomerMSISDN");
        String currency = Json.text(json, "input_Currency");
        if (ours == null || msisdn == null || currency == null || Json.text(json, "input_Amount") == null
                || Json.text(json, "input_ServiceProviderCode") == null
                || Json.text(json, "input_TransactionReference") == null) {
            return refuse(400, "INS-20");
        }
        BigDecimal amount = Json.amount(json, "input_Amount");
        if (amount == null || amount.scale() > 2) {
            return refuse(400, "INS-15");
        }
        if (!"DRC".equals(Json.text(json, "input_Country")) || !Intake.CURRENCIES.contains(currency)) {
            return refuse(400, "INS-21");
        }
        if (!msisdn.matches("243[0-9]{9}")) {
            return refuse(400, "INS-2051");
        }
        String conversation = Ids.hex(16);
        Map<String, String> extras = Map.of("conversation_id", conversation,
                "service_provider_code", Json.text(json, "input_ServiceProviderCode"),
                "transaction_reference", Json.text(json, "input_TransactionReference"));
        Optional<Transaction> opened = intake.open(Provider.MPESA, Ids.upper(10), ours, msisdn, amount, currency,
                extras);
        if (opened.isEmpty()) {
            return refuse(409, "INS-10");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("output_TransactionID", opened.get().id);
        answer.put("output_ConversationID", conversation);
        answer.put("output_ThirdPartyConversationID", ours);
        return Reply.json(201, output("INS-0", answer));
    }

    private Reply status(Request request) {
        String query = request.query().get("input_QueryReference");
        String ours = request.query().get("input_ThirdPartyConversationID");
        if (query == null || ours == null || request.query().get("input_ServiceProviderCode") == null) {
            return refuse(400, "INS-20");
        }
        Optional<Transaction> found = intake.ledger().transactions(transaction -> transaction.provider
                == Provider.MPESA && (query.equals(transaction.id) || query.equals(transaction.reference)
                || query.equals(transaction.extra("conversation_id")))).stream().findFirst();
        if (found.isEmpty()) {
            return refuse(400, "INS-18");
        }
        Transaction transaction = found.get();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("output_ConversationID", transaction.extra("conversation_id"));
        answer.put("output_ThirdPartyConversationID", ours);
        answer.put("output_ResponseTransactionStatus", switch (transaction.status()) {
            case PENDING -> "Pending";
            case SUCCEEDED -> "Completed";
            case FAILED -> "Failed";
            case EXPIRED -> "Expired";
        });
        answer.put("output_TransactionID", transaction.id);
        return Reply.json(200, output("INS-0", answer));
    }

    @Override
    public String code(Result result) {
        return switch (result) {
            case SUCCESS -> "INS-0";
            case INSUFFICIENT_BALANCE -> "INS-2006";
            case TIMEOUT -> "INS-9";
            case FAILURE, AWAIT_CONFIRMATION -> "INS-6";
        };
    }

    /**
     * The result callback; for a paybill payment (no request of ours) the same shape without
     * {@code input_ThirdPartyConversationID}, plus the account reference, amount, currency, number and time.
     */
    @Override
    public Outgoing callback(Transaction transaction, PaymentStatus status, String code, Scenario.Signature signature,
                             ProviderSettings settings) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("input_OriginalConversationID", transaction.extra("conversation_id"));
        body.put("input_TransactionID", transaction.id);
        body.put("input_ResultCode", code);
        body.put("input_ResultDesc", DESCRIPTIONS.getOrDefault(code, "Transaction Failed"));
        if (transaction.pulled) {
            body.put("input_BillReference", transaction.reference);
            body.put("input_Amount", transaction.amount.toPlainString());
            body.put("input_Currency", transaction.currency);
            body.put("input_CustomerMSISDN", transaction.msisdn());
            body.put("input_ServiceProviderCode", transaction.extra("service_provider_code"));
            body.put("input_TransactionTime", TRANSACTION_TIME.format(transaction.createdAt.atZone(KINSHASA)));
        } else {
            body.put("input_ThirdPartyConversationID", transaction.reference);
        }
        return new Outgoing(transaction.pulled ? settings.c2bCallbackUrl() : settings.callbackUrl(), Map.of(),
                Json.write(body));
    }

    /** M-Pesa counts a result as delivered only when answered with its reply shape and code "0". */
    @Override
    public String replyProblem(Outgoing sent, int status, String body) {
        if (status < 200 || status >= 300) {
            return "expected a 2xx answer, got " + status;
        }
        Optional<JsonNode> reply = Json.object(body);
        if (reply.isEmpty()) {
            return "expected a JSON object with output_ResponseCode \"0\"";
        }
        JsonNode callback = Json.object(sent.body()).orElseThrow();
        if (!"0".equals(Json.text(reply.get(), "output_ResponseCode"))) {
            return "output_ResponseCode is " + Json.text(reply.get(), "output_ResponseCode") + ", not \"0\"";
        }
        if (!Objects.equals(Json.text(callback, "input_OriginalConversationID"),
                Json.text(reply.get(), "output_OriginalConversationID"))) {
            return "output_OriginalConversationID does not repeat input_OriginalConversationID";
        }
        String ours = Json.text(callback, "input_ThirdPartyConversationID");
        if (ours != null && !ours.equals(Json.text(reply.get(), "output_ThirdPartyConversationID"))) {
            return "output_ThirdPartyConversationID does not repeat input_ThirdPartyConversationID";
        }
        return Json.text(reply.get(), "output_ResponseDesc") == null ? "output_ResponseDesc is missing" : null;
    }

    /** A paybill payment has no request of ours: the provider gives it a conversation id of its own. */
    static Map<String, String> pulledExtras(String serviceProviderCode) {
        return Map.of("conversation_id", Ids.hex(16), "service_provider_code", serviceProviderCode);
    }

    private static Reply refuse(int status, String code) {
        return Reply.json(status, output(code, Map.of()));
    }

    private static Map<String, Object> output(String code, Map<String, ?> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("output_ResponseCode", code);
        body.put("output_ResponseDesc", DESCRIPTIONS.getOrDefault(code, "Transaction Failed"));
        body.putAll(fields);
        return body;
    }
}
