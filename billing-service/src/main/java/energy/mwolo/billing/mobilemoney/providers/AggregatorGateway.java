package energy.mwolo.billing.mobilemoney.providers;

import energy.mwolo.billing.mobilemoney.application.CallbackReading;
import energy.mwolo.billing.mobilemoney.application.MobileMoneySettings;
import energy.mwolo.billing.mobilemoney.application.ProviderGateway;
import energy.mwolo.billing.mobilemoney.application.RawCallback;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequest;
import energy.mwolo.billing.mobilemoney.model.Msisdn;
import energy.mwolo.billing.mobilemoney.model.Operator;
import energy.mwolo.billing.mobilemoney.model.Provider;
import energy.mwolo.billing.mobilemoney.model.ProviderIds;
import energy.mwolo.billing.mobilemoney.model.ProviderReport;
import energy.mwolo.billing.mobilemoney.model.ProviderReport.Outcome;
import energy.mwolo.billing.mobilemoney.model.StandardWebhooks;
import energy.mwolo.billing.mobilemoney.model.Verdict;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The aggregator, for operators reached through it (Africell): collections under our reference, callbacks signed
 * per Standard Webhooks to the callback URL configured on the aggregator's side (billing's
 * {@code /api/billing/webhooks/aggregator/}). With secrets configured, an unsigned, wrongly signed or stale
 * callback is refused and a valid signature needs no status query; without, every callback is confirmed by
 * {@code GET /v1/collections/{id}}.
 */
@Component
class AggregatorGateway implements ProviderGateway {

    private final ProviderHttp http;
    private final MobileMoneySettings.Aggregator settings;
    private final StandardWebhooks webhooks;

    AggregatorGateway(ProviderHttp http, MobileMoneySettings settings) {
        this.http = http;
        this.settings = settings.aggregator();
        this.webhooks = this.settings.webhookSecrets().isEmpty() ? null
                : new StandardWebhooks(this.settings.webhookSecrets(), this.settings.tolerance());
    }

    @Override
    public Provider provider() {
        return Provider.AGGREGATOR;
    }

    @Override
    public Initiation initiate(MobileMoneyRequest request) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("reference", request.reference());
        body.put("operator", request.msisdn().operator().map(AggregatorGateway::operatorCode).orElse("africell"));
        body.put("msisdn", request.msisdn().e164());
        body.put("amount", request.amount().text());
        body.put("currency", request.amount().currency().name());
        try {
            ProviderHttp.Answer answer = http.postJson(settings.baseUrl() + "/v1/collections", auth(), body);
            if (answer.ok()) {
                return Initiation.accepted(new ProviderIds(Json.text(answer.body(), "id"), null, null, null));
            }
            String reason = Optional.ofNullable(Json.text(answer.body(), "code")).orElse("HTTP " + answer.status());
            return answer.status() >= 500 ? Initiation.unknown(reason) : Initiation.refused(reason);
        } catch (ProviderHttp.Unreachable e) {
            return Initiation.unknown(e.getMessage());
        }
    }

    @Override
    public Optional<ProviderReport> status(MobileMoneyRequest request) {
        String id = request.providerIds().conversationId();
        String url = id != null ? settings.baseUrl() + "/v1/collections/" + id
                : settings.baseUrl() + "/v1/collections?reference=" + request.reference();
        return http.answered(() -> http.get(url, auth())).map(AggregatorGateway::report);
    }

    /** A paybill payment ({@code pay_...}) is a collection like ours: {@code GET /v1/collections/{id}}, 404 unknown. */
    @Override
    public Optional<ProviderReport> transactionStatus(String transactionId) {
        try {
            ProviderHttp.Answer answer = http.get(settings.baseUrl() + "/v1/collections/"
                    + URLEncoder.encode(transactionId, StandardCharsets.UTF_8), auth());
            if (answer.ok()) {
                return Optional.of(report(answer.body()));
            }
            return answer.status() == 404
                    ? Optional.of(ProviderReport.unknownTransaction(transactionId, Json.text(answer.body(), "code")))
                    : Optional.empty();
        } catch (ProviderHttp.Unreachable e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Msisdn> payer(RawCallback callback) {
        return Msisdn.lenient(Json.text(http.parse(callback.text()).path("data"), "msisdn"));
    }

    @Override
    public CallbackReading read(RawCallback callback) {
        String webhookId = callback.header("webhook-id");
        boolean authenticated = false;
        if (webhooks != null) {
            StandardWebhooks.Check check = webhooks.verify(webhookId, callback.header("webhook-timestamp"),
                    callback.header("webhook-signature"), callback.body(), callback.receivedAt());
            switch (check) {
                case VALID -> authenticated = true;
                case STALE -> {
                    return CallbackReading.rejected(Verdict.STALE, "webhook-timestamp outside the tolerance")
                            .withWebhookId(webhookId);
                }
                default -> {
                    return CallbackReading.rejected(Verdict.UNAUTHENTICATED, "signature " + check.name()
                            .toLowerCase(Locale.ROOT)).withWebhookId(webhookId);
                }
            }
        }
        JsonNode data = http.parse(callback.text()).path("data");
        String reference = Json.text(data, "reference");
        if (Json.text(data, "id") == null || Json.text(data, "status") == null) {
            return CallbackReading.rejected(Verdict.UNREADABLE, "no data.id or data.status").withWebhookId(webhookId);
        }
        ProviderReport report = report(data);
        if (report.amount() == null) {
            return CallbackReading.rejected(Verdict.UNREADABLE, "data.amount or data.currency unreadable")
                    .withWebhookId(webhookId);
        }
        return CallbackReading.report(reference, report, authenticated).withWebhookId(webhookId);
    }

    private static ProviderReport report(JsonNode collection) {
        String status = Json.text(collection, "status");
        Outcome outcome = switch (status == null ? "" : status) {
            case "succeeded" -> Outcome.SUCCEEDED;
            case "failed" -> Outcome.FAILED;
            default -> Outcome.PENDING;
        };
        String reason = outcome == Outcome.FAILED ? Json.text(collection, "failure_code") : status;
        return new ProviderReport(outcome, Json.text(collection, "id"), reason,
                Json.money(collection, "amount", "currency"));
    }

    private static String operatorCode(Operator operator) {
        return operator == Operator.VODACOM ? "vodacom" : operator.name().toLowerCase(Locale.ROOT);
    }

    private Map<String, String> auth() {
        return Map.of("Authorization", "Bearer " + settings.apiKey());
    }
}
