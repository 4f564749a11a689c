package energy.mwolo.billing.mobilemoney.providers;

import energy.mwolo.billing.mobilemoney.application.CallbackReading;
import energy.mwolo.billing.mobilemoney.application.MobileMoneySettings;
import energy.mwolo.billing.mobilemoney.application.ProviderGateway;
import energy.mwolo.billing.mobilemoney.application.RawCallback;
import energy.mwolo.billing.mobilemoney.model.AirtelHash;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequest;
import energy.mwolo.billing.mobilemoney.model.Provider;
import energy.mwolo.billing.mobilemoney.model.ProviderIds;
import energy.mwolo.billing.mobilemoney.model.ProviderReport;
import energy.mwolo.billing.mobilemoney.model.ProviderReport.Outcome;
import energy.mwolo.billing.mobilemoney.model.Verdict;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Airtel Money's Africa open API: OAuth2 client credentials, a collection under our reference as the transaction
 * id, the enquiry {@code /standard/v1/payments/{id}}. With a callback secret configured, a callback without a valid
 * {@code hash} is refused and a valid one needs no status query; without one, every callback is confirmed by the
 * enquiry.
 */
@Component
class AirtelGateway implements ProviderGateway {

    private final ProviderHttp http;
    private final MobileMoneySettings.Airtel settings;
    private final AirtelHash hash;
    private final AccessTokens tokens;

    AirtelGateway(ProviderHttp http, MobileMoneySettings settings) {
        this.http = http;
        this.settings = settings.airtel();
        this.hash = this.settings.callbackSecret() == null ? null
                : new AirtelHash(this.settings.callbackSecret(), this.settings.hashPayload());
        this.tokens = new AccessTokens(this::fetchToken, Clock.systemUTC());
    }

    @Override
    public Provider provider() {
        return Provider.AIRTEL;
    }

    @Override
    public Initiation initiate(MobileMoneyRequest request) {
        String currency = request.amount().currency().name();
        Map<String, Object> body = Map.of(
                "reference", request.reference(),
                "subscriber", Map.of("country", "CD", "currency", currency, "msisdn", request.msisdn().national()),
                "transaction", Map.of("amount", request.amount().text(), "country", "CD", "currency", currency,
                        "id", request.reference()));
        try {
            ProviderHttp.Answer answer = http.postJson(settings.baseUrl() + "/merchant/v1/payments/",
                    headers(currency), body);
            if (answer.ok() && "true".equals(Json.text(answer.body(), "status", "success"))) {
                return Initiation.accepted(ProviderIds.NONE);
            }
            if (answer.status() == 401) {
                tokens.forget();
            }
            String reason = Optional.ofNullable(Json.text(answer.body(), "status", "result_code"))
                    .map(code -> code + " " + Optional.ofNullable(Json.text(answer.body(), "status", "message"))
                            .orElse(""))
                    .orElse("HTTP " + answer.status()).strip();
            return answer.status() >= 500 || answer.status() == 409 ? Initiation.unknown(reason)
                    : Initiation.refused(reason);
        } catch (ProviderHttp.Unreachable e) {
            return Initiation.unknown(e.getMessage());
        }
    }

    @Override
    public Optional<ProviderReport> status(MobileMoneyRequest request) {
        return http.answered(() -> http.get(settings.baseUrl() + "/standard/v1/payments/" + request.reference(),
                        headers(request.amount().currency().name())))
                .map(body -> body.path("data").path("transaction"))
                .map(transaction -> ProviderReport.ofStatus(Json.text(transaction, "status"),
                        Json.text(transaction, "airtel_money_id"), Set.of("TS"), Set.of("TF")));
    }

    @Override
    public CallbackReading read(RawCallback callback) {
        String text = callback.text();
        JsonNode body = http.parse(text);
        String reference = Json.text(body, "transaction", "id");
        String status = Json.text(body, "transaction", "status_code");
        if (reference == null || status == null) {
            return CallbackReading.rejected(Verdict.UNREADABLE, "no transaction.id or transaction.status_code");
        }
        boolean authenticated = false;
        if (hash != null) {
            if (!hash.verify(text, Json.text(body, "hash"))) {
                return CallbackReading.rejected(Verdict.UNAUTHENTICATED, "hash missing or wrong");
            }
            authenticated = true;
        }
        Outcome outcome = switch (status) {
            case "TS" -> Outcome.SUCCEEDED;
            case "TF" -> Outcome.FAILED;
            default -> Outcome.PENDING;
        };
        return CallbackReading.report(reference, new ProviderReport(outcome,
                Json.text(body, "transaction", "airtel_money_id"), Json.text(body, "transaction", "message"), null),
                authenticated);
    }

    private Map<String, String> headers(String currency) {
        return Map.of("Authorization", "Bearer " + tokens.get(), "X-Country", "CD", "X-Currency", currency);
    }

    private AccessTokens.Token fetchToken() {
        ProviderHttp.Answer answer = http.postJson(settings.baseUrl() + "/auth/oauth2/token", Map.of(),
                Map.of("client_id", String.valueOf(settings.clientId()),
                        "client_secret", String.valueOf(settings.clientSecret()),
                        "grant_type", "client_credentials"));
        return AccessTokens.Token.from(answer, Clock.systemUTC());
    }
}
