package energy.mwolo.billing.mobilemoney.application;

import energy.mwolo.billing.mobilemoney.model.AirtelHash;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Providers' addresses and credentials, and how callbacks and status queries are handled
 * ({@code mwolo.billing.mobile-money.*}).
 *
 * @param callbackBaseUrl  billing's public address as providers reach it (webhook URLs are built on it)
 * @param connectTimeout   to open a connection to a provider
 * @param readTimeout      for a provider's answer; past it a request stays pending and is asked about later
 * @param maxCallbackBytes larger callbacks are refused with 413
 * @param checks           delays after the request before each status query; after the last, a request expires
 * @param checkPoll        how often due status queries are looked for
 */
@ConfigurationProperties("mwolo.billing.mobile-money")
public record MobileMoneySettings(String callbackBaseUrl, Duration connectTimeout, Duration readTimeout,
                                  Integer maxCallbackBytes, List<Duration> checks, Duration checkPoll, Mpesa mpesa,
                                  Airtel airtel, Orange orange, Aggregator aggregator) {

    public MobileMoneySettings {
        callbackBaseUrl = callbackBaseUrl == null ? "http://localhost:8085" : stripSlash(callbackBaseUrl);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(20) : readTimeout;
        maxCallbackBytes = maxCallbackBytes == null ? 64 * 1024 : maxCallbackBytes;
        checks = checks == null || checks.isEmpty()
                ? List.of(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofHours(1),
                Duration.ofHours(24))
                : List.copyOf(checks);
        checkPoll = checkPoll == null ? Duration.ofSeconds(10) : checkPoll;
        mpesa = mpesa == null ? new Mpesa(null, null, null) : mpesa;
        airtel = airtel == null ? new Airtel(null, null, null, null, null) : airtel;
        orange = orange == null ? new Orange(null, null, null, null) : orange;
        aggregator = aggregator == null ? new Aggregator(null, null, null, null) : aggregator;
    }

    /** The webhook address a provider is given for its callbacks. */
    public String webhookUrl(String providerCode) {
        return callbackBaseUrl + "/api/billing/webhooks/" + providerCode + "/";
    }

    /** @param apiKey the bearer token (the market's encrypted key or a session id) */
    public record Mpesa(String baseUrl, String apiKey, String serviceProviderCode) {
        public Mpesa {
            baseUrl = stripSlash(baseUrl);
        }
    }

    /** @param callbackSecret null: callbacks are unsigned and every one is confirmed by a status query */
    public record Airtel(String baseUrl, String clientId, String clientSecret, String callbackSecret,
                         AirtelHash.Payload hashPayload) {
        public Airtel {
            baseUrl = stripSlash(baseUrl);
            callbackSecret = callbackSecret == null || callbackSecret.isBlank() ? null : callbackSecret;
            hashPayload = hashPayload == null ? AirtelHash.Payload.BODY : hashPayload;
        }
    }

    public record Orange(String baseUrl, String clientId, String clientSecret, String merchantKey) {
        public Orange {
            baseUrl = stripSlash(baseUrl);
        }
    }

    /** @param webhookSecrets {@code whsec_...}, two during a rotation; @param tolerance of the signed timestamp */
    public record Aggregator(String baseUrl, String apiKey, List<String> webhookSecrets, Duration tolerance) {
        public Aggregator {
            baseUrl = stripSlash(baseUrl);
            webhookSecrets = webhookSecrets == null ? List.of()
                    : webhookSecrets.stream().map(String::strip).filter(secret -> !secret.isEmpty()).toList();
            tolerance = tolerance == null ? Duration.ofMinutes(5) : tolerance;
        }
    }

    private static String stripSlash(String url) {
        return url == null || url.isBlank() ? null : url.replaceAll("/+$", "");
    }
}
