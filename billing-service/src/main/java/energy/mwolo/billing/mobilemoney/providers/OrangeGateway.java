package energy.mwolo.billing.mobilemoney.providers;

import energy.mwolo.billing.mobilemoney.application.CallbackReading;
import energy.mwolo.billing.mobilemoney.application.MobileMoneySettings;
import energy.mwolo.billing.mobilemoney.application.ProviderGateway;
import energy.mwolo.billing.mobilemoney.application.RawCallback;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequest;
import energy.mwolo.billing.mobilemoney.model.Provider;
import energy.mwolo.billing.mobilemoney.model.ProviderIds;
import energy.mwolo.billing.mobilemoney.model.ProviderReport;
import energy.mwolo.billing.mobilemoney.model.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Orange Money web payment: the init answers a {@code pay_token}, the page the customer pays on and a
 * {@code notif_token}. The notification is never signed: it is matched by its {@code notif_token} (the one stored
 * at init, unique) and confirmed by the transaction status API before any credit.
 */
@Component
class OrangeGateway implements ProviderGateway {

    private static final String API = "/orange-money-webpay/cd/v1";

    private final ProviderHttp http;
    private final MobileMoneySettings.Orange settings;
    private final String notifUrl;
    private final AccessTokens tokens;

    OrangeGateway(ProviderHttp http, MobileMoneySettings settings) {
        this.http = http;
        this.settings = settings.orange();
        this.notifUrl = settings.webhookUrl(Provider.ORANGE.code());
        this.tokens = new AccessTokens(this::fetchToken, Clock.systemUTC());
    }

    @Override
    public Provider provider() {
        return Provider.ORANGE;
    }

    @Override
    public Initiation initiate(MobileMoneyRequest request) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("merchant_key", settings.merchantKey());
        body.put("currency", request.amount().currency().name());
        body.put("order_id", request.reference());
        body.put("amount", request.amount().text());
        body.put("return_url", notifUrl);
        body.put("cancel_url", notifUrl);
        body.put("notif_url", notifUrl);
        body.put("lang", "fr");
        body.put("reference", "Mwolo Energy");
        try {
            ProviderHttp.Answer answer = http.postJson(settings.baseUrl() + API + "/webpayment", bearer(), body);
            String notifToken = Json.text(answer.body(), "notif_token");
            if (answer.ok() && notifToken != null) {
                return Initiation.accepted(new ProviderIds(null, null, notifToken,
                        Json.text(answer.body(), "pay_token")));
            }
            String reason = Optional.ofNullable(Json.text(answer.body(), "description"))
                    .orElse("HTTP " + answer.status());
            return answer.status() >= 500 ? Initiation.unknown(reason) : Initiation.refused(reason);
        } catch (ProviderHttp.Unreachable e) {
            return Initiation.unknown(e.getMessage());
        }
    }

    @Override
    public Optional<ProviderReport> status(MobileMoneyRequest request) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("order_id", request.reference());
        body.put("amount", request.amount().text());
        body.put("pay_token", request.providerIds().payToken());
        return http.answered(() -> http.postJson(settings.baseUrl() + API + "/transactionstatus", bearer(), body))
                .map(answer -> ProviderReport.ofStatus(Json.text(answer, "status"), Json.text(answer, "txnid"),
                        Set.of("SUCCESS"), Set.of("FAILED", "EXPIRED")));
    }

    @Override
    public CallbackReading read(RawCallback callback) {
        JsonNode body = http.parse(callback.text());
        String token = Json.text(body, "notif_token");
        String status = Json.text(body, "status");
        if (token == null || status == null) {
            return CallbackReading.rejected(Verdict.UNREADABLE, "no notif_token or status");
        }
        return CallbackReading.report(null, ProviderReport.ofStatus(status, Json.text(body, "txnid"),
                        Set.of("SUCCESS"), Set.of("FAILED")), false)
                .withNotifToken(token);
    }

    @Override
    public boolean proves(CallbackReading reading, MobileMoneyRequest request) {
        return false;
    }

    private Map<String, String> bearer() {
        return Map.of("Authorization", "Bearer " + tokens.get());
    }

    private AccessTokens.Token fetchToken() {
        String basic = Base64.getEncoder().encodeToString((settings.clientId() + ":" + settings.clientSecret())
                .getBytes(StandardCharsets.UTF_8));
        ProviderHttp.Answer answer = http.postForm(settings.baseUrl() + "/oauth/v3/token",
                Map.of("Authorization", "Basic " + basic), "grant_type=client_credentials");
        return AccessTokens.Token.from(answer, Clock.systemUTC());
    }
}
