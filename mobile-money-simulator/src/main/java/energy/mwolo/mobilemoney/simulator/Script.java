package energy.mwolo.mobilemoney.simulator;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What the simulated customers will do: each provider's settings and default scenario, and overrides per customer
 * number or per reference. A reference override wins over a number override, which wins over the default.
 */
final class Script {

    private final Map<Provider, ProviderSettings> initial;
    private final Map<Provider, ProviderSettings> settings = new EnumMap<>(Provider.class);
    private final Map<String, Scenario> byMsisdn = new LinkedHashMap<>();
    private final Map<String, Scenario> byReference = new LinkedHashMap<>();

    Script(Map<Provider, ProviderSettings> initial) {
        this.initial = Map.copyOf(initial);
        reset();
    }

    synchronized ProviderSettings settings(Provider provider) {
        return settings.get(provider);
    }

    /** @throws IllegalArgumentException when an aggregator secret is not a Standard Webhooks one */
    synchronized ProviderSettings configure(Provider provider, UnaryOperator<ProviderSettings> change) {
        ProviderSettings changed = change.apply(settings.get(provider));
        if (provider == Provider.AGGREGATOR) {
            changed.secrets().forEach(Signatures::webhookKey);
        }
        settings.put(provider, changed);
        return changed;
    }

    /** {@code scenario} for payments from this number, whatever the provider; {@code null} removes it. */
    synchronized void forMsisdn(String msisdn, Scenario scenario) {
        put(byMsisdn, Msisdn.national(msisdn), scenario);
    }

    /** {@code scenario} for the payment with this reference, whatever the provider; {@code null} removes it. */
    synchronized void forReference(String reference, Scenario scenario) {
        put(byReference, reference, scenario);
    }

    synchronized Scenario scenarioFor(Provider provider, String reference, String msisdn) {
        Scenario scenario = byReference.get(reference);
        if (scenario == null && msisdn != null) {
            scenario = byMsisdn.get(Msisdn.national(msisdn));
        }
        return scenario != null ? scenario : settings.get(provider).defaultScenario();
    }

    synchronized Map<String, Scenario> msisdnOverrides() {
        return Map.copyOf(byMsisdn);
    }

    synchronized Map<String, Scenario> referenceOverrides() {
        return Map.copyOf(byReference);
    }

    /** Back to the settings the simulator started with, no override. */
    synchronized void reset() {
        settings.clear();
        settings.putAll(initial);
        byMsisdn.clear();
        byReference.clear();
    }

    private static void put(Map<String, Scenario> overrides, String key, Scenario scenario) {
        if (scenario == null) {
            overrides.remove(key);
        } else {
            overrides.put(key, scenario);
        }
    }
}
