package energy.mwolo.billing.mobilemoney.providers;

import energy.mwolo.billing.mobilemoney.application.CallbackReading;
import energy.mwolo.billing.mobilemoney.application.MobileMoneySettings;
import energy.mwolo.billing.mobilemoney.application.ProviderGateway;
import energy.mwolo.billing.mobilemoney.application.RawCallback;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequest;
import energy.mwolo.billing.mobilemoney.model.Msisdn;
import energy.mwolo.billing.mobilemoney.model.Provider;
import energy.mwolo.billing.mobilemoney.model.ProviderIds;
import energy.mwolo.billing.mobilemoney.model.ProviderReport;
import energy.mwolo.billing.mobilemoney.model.ProviderReport.Outcome;
import energy.mwolo.billing.mobilemoney.model.Verdict;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vodacom M-Pesa OpenAPI, market vodacomDRC: a single-stage C2B payment under our reference as
 * {@code input_ThirdPartyConversationID}. Its result callback is not signed: it is matched to our request (our
 * reference and M-Pesa's conversation id) and always confirmed by {@code queryTransactionStatus} before any credit.
 * {@code INS-9} (timeout) and {@code INS-10} (duplicate) mean "unknown, ask again".
 */
@Component
class MpesaGateway implements ProviderGateway {

    private static final String MARKET = "/ipg/v2/vodacomDRC";
    private static final Set<String> UNKNOWN = Set.of("INS-9", "INS-10");

    private final ProviderHttp http;
    private final MobileMoneySettings.Mpesa settings;

    MpesaGateway(ProviderHttp http, MobileMoneySettings settings) {
        this.http = http;
        this.settings = settings.mpesa();
    }

    @Override
    public Provider provider() {
        return Provider.MPESA;
    }

    @Override
    public Initiation initiate(MobileMoneyRequest request) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("input_Amount", request.amount().text());
        body.put("input_Country", "DRC");
        body.put("input_Currency", request.amount().currency().name());
        body.put("input_CustomerMSISDN", request.msisdn().international());
        body.put("input_ServiceProviderCode", settings.serviceProviderCode());
        body.put("input_ThirdPartyConversationID", request.reference());
        body.put("input_TransactionReference", request.reference());
        body.put("input_PurchasedItemsDesc", "Mwolo Energy " + request.reference());
        try {
            ProviderHttp.Answer answer = http.postJson(settings.baseUrl() + MARKET + "/c2bPayment/singleStage/",
                    auth(), body);
            String code = Json.text(answer.body(), "output_ResponseCode");
            if (answer.ok() && "INS-0".equals(code)) {
                return Initiation.accepted(new ProviderIds(Json.text(answer.body(), "output_ConversationID"),
                        Json.text(answer.body(), "output_TransactionID"), null, null));
            }
            if (UNKNOWN.contains(code) || answer.status() >= 500) {
                return Initiation.unknown(reason(answer.body(), answer.status()));
            }
            return Initiation.refused(reason(answer.body(), answer.status()));
        } catch (ProviderHttp.Unreachable e) {
            return Initiation.unknown(e.getMessage());
        }
    }

    @Override
    public Optional<ProviderReport> status(MobileMoneyRequest request) {
        String query = "?input_QueryReference=" + encode(request.reference())
                + "&input_ServiceProviderCode=" + encode(settings.serviceProviderCode())
                + "&input_ThirdPartyConversationID=" + encode(request.reference())
                + "&input_Country=DRC";
        return http.answered(() -> http.get(settings.baseUrl() + MARKET + "/queryTransactionStatus/" + query, auth()))
                .map(body -> ProviderReport.ofStatus(Json.text(body, "output_ResponseTransactionStatus"),
                        Json.text(body, "output_TransactionID"), Set.of("Completed"), Set.of("Failed", "Expired")));
    }

    /**
     * A paybill payment's status by its transaction id, which M-Pesa's query takes as {@code input_QueryReference}
     * (our conversation id, required, repeats it: there is no request of ours). {@code INS-18} or another 400: a
     * transaction M-Pesa does not know.
     */
    @Override
    public Optional<ProviderReport> transactionStatus(String transactionId) {
        String query = "?input_QueryReference=" + encode(transactionId)
                + "&input_ServiceProviderCode=" + encode(settings.serviceProviderCode())
                + "&input_ThirdPartyConversationID=" + encode(transactionId)
                + "&input_Country=DRC";
        try {
            ProviderHttp.Answer answer = http.get(settings.baseUrl() + MARKET + "/queryTransactionStatus/" + query,
                    auth());
            if (answer.ok()) {
                return Optional.of(ProviderReport.ofStatus(Json.text(answer.body(),
                                "output_ResponseTransactionStatus"), Json.text(answer.body(), "output_TransactionID"),
                        Set.of("Completed"), Set.of("Failed", "Expired")));
            }
            return answer.status() == 400 || answer.status() == 404
                    ? Optional.of(ProviderReport.unknownTransaction(transactionId, reason(answer.body(),
                    answer.status())))
                    : Optional.empty();
        } catch (ProviderHttp.Unreachable e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Msisdn> payer(RawCallback callback) {
        return Msisdn.lenient(Json.text(http.parse(callback.text()), "input_CustomerMSISDN"));
    }

    @Override
    public CallbackReading read(RawCallback callback) {
        JsonNode body = http.parse(callback.text());
        String code = Json.text(body, "input_ResultCode");
        String transaction = Json.text(body, "input_TransactionID");
        if (callback.paybill()) {
            return code == null ? CallbackReading.rejected(Verdict.UNREADABLE, "no input_ResultCode")
                    : CallbackReading.report(Json.text(body, "input_BillReference"),
                    new ProviderReport(outcome(code), transaction, code, Json.money(body, "input_Amount",
                            "input_Currency")), false);
        }
        String reference = Json.text(body, "input_ThirdPartyConversationID");
        if (code == null || reference == null) {
            return CallbackReading.rejected(Verdict.UNREADABLE,
                    "no input_ResultCode or input_ThirdPartyConversationID");
        }
        String reason = code + " " + Optional.ofNullable(Json.text(body, "input_ResultDesc")).orElse("");
        return CallbackReading.report(reference, new ProviderReport(outcome(code), transaction, reason.strip(), null),
                        false)
                .withConversationId(Json.text(body, "input_OriginalConversationID"));
    }

    @Override
    public boolean proves(CallbackReading reading, MobileMoneyRequest request) {
        return false;
    }

    /** M-Pesa expects {@code output_ResponseCode "0"} for any callback it may stop sending, ours or not. */
    @Override
    public CallbackReply reply(RawCallback callback, Verdict verdict) {
        JsonNode body = http.parse(callback.text());
        Map<String, String> reply = new LinkedHashMap<>();
        reply.put("output_OriginalConversationID", Json.text(body, "input_OriginalConversationID"));
        reply.put("output_ResponseCode", "0");
        reply.put("output_ResponseDesc", "Received: " + verdict.code());
        reply.put("output_ThirdPartyConversationID", Json.text(body, "input_ThirdPartyConversationID"));
        return new CallbackReply(200, JsonMapper.shared().writeValueAsString(reply));
    }

    private static Outcome outcome(String code) {
        if ("INS-0".equals(code)) {
            return Outcome.SUCCEEDED;
        }
        return UNKNOWN.contains(code) ? Outcome.PENDING : Outcome.FAILED;
    }

    private Map<String, String> auth() {
        return Map.of("Authorization", "Bearer " + settings.apiKey(), "Origin", "*");
    }

    private static String reason(JsonNode body, int status) {
        String code = Json.text(body, "output_ResponseCode");
        String description = Json.text(body, "output_ResponseDesc");
        return code == null ? "HTTP " + status : code + (description == null ? "" : " " + description);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
