package energy.mwolo.mobilemoney.simulator;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where every provider's collection request becomes a payment waiting for its customer. */
record Intake(Ledger ledger, Script script, Settlement settlement) {

    /** The currencies billing collects in. */
    static final Set<String> CURRENCIES = Set.of("USD", "CDF");

    /**
     * Keeps a new payment with the scenario its reference or number calls for, and lets its customer act.
     *
     * @return the payment; empty when the provider already holds one with this reference (nothing kept)
     */
    Optional<Transaction> open(Provider provider, String id, String reference, String msisdn, BigDecimal amount,
                               String currency, Map<String, String> extras) {
        Scenario scenario = script.scenarioFor(provider, reference, msisdn);
        Transaction transaction = new Transaction(id, provider, reference, msisdn, amount, currency, false, extras,
                scenario);
        if (ledger.add(transaction).isPresent()) {
            return Optional.empty();
        }
        settlement.submitted(transaction);
        return Optional.of(transaction);
    }
}
