package energy.mwolo.mobilemoney.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A payment inside the simulator: what {@link Payment} shows, plus the provider's own details of the request
 * ({@code extras}: M-Pesa's conversation id, Orange's tokens and notif_url, the aggregator's operator and callback
 * URL) and the scenario chosen when it arrived. It becomes final once; later attempts change nothing.
 */
final class Transaction {

    final String id;
    final Provider provider;
    final String reference;
    final BigDecimal amount;
    final String currency;
    final boolean pulled;
    final Instant createdAt;
    final Map<String, String> extras;
    final Scenario scenario;
    private String msisdn;
    private PaymentStatus status = PaymentStatus.PENDING;
    private String code;
    private Instant completedAt;

    Transaction(String id, Provider provider, String reference, String msisdn, BigDecimal amount, String currency,
                boolean pulled, Map<String, String> extras, Scenario scenario) {
        this.id = id;
        this.provider = provider;
        this.reference = reference;
        this.msisdn = msisdn;
        this.amount = amount;
        this.currency = currency;
        this.pulled = pulled;
        this.createdAt = Instant.now();
        this.extras = Map.copyOf(extras);
        this.scenario = scenario;
    }

    String extra(String name) {
        return extras.get(name);
    }

    /** Ends the payment; {@code false} (nothing changed) when it had already ended. */
    synchronized boolean complete(PaymentStatus newStatus, String newCode) {
        if (status.isFinal()) {
            return false;
        }
        status = newStatus;
        code = newCode;
        completedAt = Instant.now();
        return true;
    }

    /** Orange learns the customer's number only on its payment page. */
    synchronized void paidFrom(String number) {
        if (number != null && msisdn == null) {
            msisdn = number;
        }
    }

    synchronized PaymentStatus status() {
        return status;
    }

    synchronized String code() {
        return code;
    }

    synchronized String msisdn() {
        return msisdn;
    }

    synchronized Payment snapshot() {
        return new Payment(id, provider, reference, msisdn, amount, currency, status, code, pulled, createdAt,
                completedAt);
    }
}
