package energy.mwolo.mobilemoney.simulator;

import java.time.Duration;
import java.util.List;

/**
 * How one provider behaves besides per-payment scenarios.
 *
 * @param callbackUrl     where its callbacks go ({@code null}: nowhere, each callback is listed with an error). Orange
 *                        uses the {@code notif_url} of each init instead, the aggregator a request's own
 *                        {@code callback_url} when it gives one
 * @param c2bCallbackUrl  where it reports paybill payments started by customers (M-Pesa and the aggregator)
 * @param defaultScenario what happens to a request that no override matches
 * @param signing         Airtel only: whether callbacks carry a {@code hash} (the aggregator always signs; M-Pesa and
 *                        Orange never do)
 * @param hashPayload     Airtel only: what the {@code hash} covers
 * @param secrets         Airtel: one secret (text); aggregator: one or two {@code whsec_<base64>} secrets, the
 *                        callbacks then carry one signature per secret (rotation)
 * @param reachable       false: an outage of the provider's API, which answers every call (tokens, collections,
 *                        status queries) with a 503; its callbacks and paybill notifications still go out
 */
public record ProviderSettings(String callbackUrl, String c2bCallbackUrl, Scenario defaultScenario, boolean signing,
                               HashPayload hashPayload, List<String> secrets, boolean reachable) {

    /** How long the default customer takes to answer. */
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(2);

    /** What the Airtel {@code hash} is computed over. */
    public enum HashPayload {
        /** The whole body without {@code hash}: the compact JSON {@code {"transaction":{...}}} as sent. */
        BODY,
        /** The {@code transaction} object alone, as it appears in the body. */
        TRANSACTION
    }

    public ProviderSettings {
        if (defaultScenario == null) {
            throw new IllegalArgumentException("A provider needs a default scenario");
        }
        hashPayload = hashPayload == null ? HashPayload.BODY : hashPayload;
        secrets = List.copyOf(secrets == null ? List.of() : secrets);
        if (secrets.size() > 2) {
            throw new IllegalArgumentException("At most two secrets (the current and the next one)");
        }
    }

    /** A provider's settings before anyone changes them: success after two seconds, signing on where offered. */
    public static ProviderSettings defaults(Provider provider) {
        List<String> secrets = switch (provider) {
            case AIRTEL -> List.of(DevCredentials.AIRTEL_CALLBACK_SECRET);
            case AGGREGATOR -> List.of(DevCredentials.AGGREGATOR_WEBHOOK_SECRET);
            default -> List.of();
        };
        return new ProviderSettings(null, null, Scenario.success(DEFAULT_DELAY), provider == Provider.AIRTEL
                || provider == Provider.AGGREGATOR, HashPayload.BODY, secrets, true);
    }

    public ProviderSettings withCallbackUrl(String url) {
        return new ProviderSettings(url, c2bCallbackUrl, defaultScenario, signing, hashPayload, secrets, reachable);
    }

    public ProviderSettings withC2bCallbackUrl(String url) {
        return new ProviderSettings(callbackUrl, url, defaultScenario, signing, hashPayload, secrets, reachable);
    }

    public ProviderSettings withDefaultScenario(Scenario scenario) {
        return new ProviderSettings(callbackUrl, c2bCallbackUrl, scenario, signing, hashPayload, secrets, reachable);
    }

    public ProviderSettings withSigning(boolean on, HashPayload payload) {
        return new ProviderSettings(callbackUrl, c2bCallbackUrl, defaultScenario, on, payload, secrets, reachable);
    }

    public ProviderSettings withSecrets(List<String> newSecrets) {
        return new ProviderSettings(callbackUrl, c2bCallbackUrl, defaultScenario, signing, hashPayload, newSecrets, reachable);
    }

    public ProviderSettings withReachable(boolean up) {
        return new ProviderSettings(callbackUrl, c2bCallbackUrl, defaultScenario, signing, hashPayload, secrets, up);
    }
}
