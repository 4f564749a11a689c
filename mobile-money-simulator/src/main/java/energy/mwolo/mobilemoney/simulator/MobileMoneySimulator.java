package energy.mwolo.mobilemoney.simulator;

import energy.mwolo.mobilemoney.simulator.Http.Reply;
import energy.mwolo.mobilemoney.simulator.Http.Request;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The mobile-money providers on one port: M-Pesa under {@code /mpesa}, Airtel under {@code /airtel}, Orange under
 * {@code /orange}, the aggregator under {@code /aggregator}, each in its real format, and the control API under
 * {@code /control}. Starts in a test JVM ({@link #start()}) or as a process ({@link MobileMoneySimulatorMain}); this
 * class is also the Java client of the scenario controls. Everything lives in memory.
 */
public final class MobileMoneySimulator implements AutoCloseable {

    private final Ledger ledger = new Ledger();
    private final Books books = new Books();
    private final Script script;
    private final Settlement settlement;
    private final Map<Provider, ProviderApi> apis = new EnumMap<>(Provider.class);
    private final ControlApi control;
    private final Http http;
    private final String host;

    private MobileMoneySimulator(InetSocketAddress address, Map<Provider, ProviderSettings> settings) {
        this.script = new Script(settings);
        this.settlement = new Settlement(ledger, script);
        Intake intake = new Intake(ledger, script, settlement);
        List.of(new MpesaApi(intake), new AirtelApi(intake), new OrangeApi(intake, () -> url(Provider.ORANGE)),
                new AggregatorApi(intake)).forEach(api -> {
                    apis.put(api.provider(), api);
                    settlement.register(api);
                });
        this.control = new ControlApi(this);
        this.host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getAddress().getHostAddress();
        this.http = Http.serve(address, this::answer);
    }

    /** A simulator on a free loopback port, every provider with its {@link ProviderSettings#defaults defaults}. */
    public static MobileMoneySimulator start() {
        return start(0);
    }

    /**
     * A simulator on {@code 127.0.0.1:port}.
     *
     * @param port 0 for a free port
     * @throws IllegalStateException when the port is in use
     */
    public static MobileMoneySimulator start(int port) {
        return start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), Map.of());
    }

    /**
     * A simulator on {@code address} whose providers start with {@code settings} (the others with their defaults);
     * {@link #reset()} comes back to these.
     */
    public static MobileMoneySimulator start(InetSocketAddress address, Map<Provider, ProviderSettings> settings) {
        Map<Provider, ProviderSettings> all = new EnumMap<>(Provider.class);
        for (Provider provider : Provider.values()) {
            all.put(provider, settings.getOrDefault(provider, ProviderSettings.defaults(provider)));
        }
        return new MobileMoneySimulator(address, all);
    }

    public int port() {
        return http.port();
    }

    /** {@code http://127.0.0.1:<port>}, no trailing slash. */
    public String baseUrl() {
        return "http://" + host + ":" + port();
    }

    /** What billing is given as the provider's base URL ({@code MWOLO_MOBILE_MONEY_<PROVIDER>_BASE_URL}). */
    public String url(Provider provider) {
        return baseUrl() + "/" + provider.key();
    }

    /** Every provider's base URL under the name of its environment variable. */
    public Map<String, String> billingEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        for (Provider provider : Provider.values()) {
            environment.put(provider.baseUrlVariable(), url(provider));
        }
        return environment;
    }

    public ProviderSettings settings(Provider provider) {
        return script.settings(provider);
    }

    /** Changes a provider's settings, e.g. {@code configure(AIRTEL, s -> s.withSigning(false, BODY))}. */
    public ProviderSettings configure(Provider provider, UnaryOperator<ProviderSettings> change) {
        return script.configure(provider, change);
    }

    /** Where the provider's callbacks go (Orange: each init's {@code notif_url} instead). */
    public void callbackUrl(Provider provider, String url) {
        configure(provider, settings -> settings.withCallbackUrl(url));
    }

    /** What happens to a request of this provider that no override matches. */
    public void defaultScenario(Provider provider, Scenario scenario) {
        configure(provider, settings -> settings.withDefaultScenario(scenario));
    }

    /** {@code scenario} for requests from this customer number, any provider, any writing; {@code null} removes it. */
    public void scenarioForMsisdn(String msisdn, Scenario scenario) {
        script.forMsisdn(msisdn, scenario);
    }

    /** {@code scenario} for the request with our reference, any provider; {@code null} removes it. */
    public void scenarioForReference(String reference, Scenario scenario) {
        script.forReference(reference, scenario);
    }

    /**
     * The customer answers now: the payment ends with {@code result} ({@code null}: its scenario's, or success when
     * it awaited confirmation) and {@code code} ({@code null}: the provider's usual one), and its callbacks leave as
     * its scenario says.
     *
     * @param idOrReference the provider's transaction id, or our reference when only one provider holds it
     * @throws IllegalArgumentException when no such payment is pending
     */
    public Payment confirm(String idOrReference, Scenario.Result result, String code) {
        Transaction transaction = ledger.find(idOrReference)
                .orElseThrow(() -> new IllegalArgumentException("No payment " + idOrReference));
        Scenario.Result chosen = result != null ? result
                : transaction.scenario.result() == Scenario.Result.AWAIT_CONFIRMATION ? Scenario.Result.SUCCESS
                : transaction.scenario.result();
        if (!settlement.settle(transaction, chosen, code != null ? code : transaction.scenario.code())) {
            throw new IllegalStateException("The payment " + idOrReference + " has already ended");
        }
        return transaction.snapshot();
    }

    /** {@link #confirm(String, Scenario.Result, String)} with the scenario's result, or success. */
    public Payment confirm(String idOrReference) {
        return confirm(idOrReference, null, null);
    }

    /**
     * A customer pays {@code accountReference} on their own (paybill, C2B): the payment succeeds at once and the
     * provider notifies its {@code c2bCallbackUrl} as the scenario for this number or reference says (delay, copies,
     * drop, signature). M-Pesa and the aggregator only.
     */
    public Payment customerPays(Provider provider, String accountReference, String msisdn, BigDecimal amount,
                                String currency) {
        if (provider != Provider.MPESA && provider != Provider.AGGREGATOR) {
            throw new IllegalArgumentException("Paybill payments are simulated for mpesa and aggregator only");
        }
        if (accountReference == null || accountReference.isBlank() || !Msisdn.plausible(msisdn) || amount == null
                || amount.signum() <= 0 || !Intake.CURRENCIES.contains(currency)) {
            throw new IllegalArgumentException("A paybill payment needs an account reference, a number, a positive "
                    + "amount and USD or CDF");
        }
        Scenario scenario = script.scenarioFor(provider, accountReference, msisdn);
        Map<String, String> extras = provider == Provider.MPESA ? MpesaApi.pulledExtras("000000")
                : Map.of("operator", "africell");
        String id = provider == Provider.MPESA ? Ids.upper(10) : "pay_" + Ids.hex(12);
        Transaction transaction = new Transaction(id, provider, accountReference, msisdn, amount, currency, true,
                extras, scenario);
        transaction.complete(PaymentStatus.SUCCEEDED, apis.get(provider).code(Scenario.Result.SUCCESS));
        ledger.add(transaction);
        settlement.notifyPulled(transaction);
        return transaction.snapshot();
    }

    /** Called with each new payment (asked for or paybill), on the thread that accepted it. */
    public void onPayment(Consumer<Payment> listener) {
        ledger.onPayment(listener);
    }

    /** Called with each callback once billing answered it (or failed to), on the sending thread. */
    public void onCallback(Consumer<SentCallback> listener) {
        ledger.onCallback(listener);
    }

    /** Every payment, oldest first. */
    public List<Payment> payments() {
        return ledger.transactions(transaction -> true).stream().map(Transaction::snapshot).toList();
    }

    public List<Payment> payments(Provider provider) {
        return ledger.transactions(transaction -> transaction.provider == provider).stream()
                .map(Transaction::snapshot).toList();
    }

    /** By the provider's transaction id, or our reference when only one provider holds it. */
    public Optional<Payment> payment(String idOrReference) {
        return ledger.find(idOrReference).map(Transaction::snapshot);
    }

    /** Every callback sent and billing's answer to each, in the order the answers came. */
    public List<SentCallback> callbacks() {
        return ledger.callbacks(callback -> true);
    }

    /** The callbacks about the payment with this transaction id or reference. */
    public List<SentCallback> callbacks(String idOrReference) {
        return ledger.callbacks(callback -> callback.paymentId().equals(idOrReference)
                || callback.reference().equals(idOrReference));
    }

    /** Sends an earlier callback again, byte for byte and with the same headers (a replay attack or a retry). */
    public SentCallback replay(long callbackId) {
        return settlement.replay(ledger.callback(callbackId)
                .orElseThrow(() -> new IllegalArgumentException("No callback " + callbackId)));
    }

    /** The provider's statement of {@code day} (Kinshasa) as CSV, header included, as its books show it. */
    public String statement(Provider provider, LocalDate day) {
        return Statement.csv(day, books.asBooked(payments(provider)));
    }

    /**
     * The provider's books hold {@code amount} for this payment, whatever it reported: its statement shows that
     * amount (an amount difference for billing's reconciliation); callbacks and status queries do not change.
     *
     * @throws IllegalArgumentException for an unknown payment or an amount not positive with 2 decimals at most
     */
    public Payment bookAmount(String idOrReference, BigDecimal amount) {
        Payment payment = payment(idOrReference)
                .orElseThrow(() -> new IllegalArgumentException("No payment " + idOrReference));
        books.book(payment.id(), amount);
        return payment;
    }

    /**
     * The provider's statement leaves this payment out (missing on the provider's side for billing's
     * reconciliation); callbacks and status queries do not change.
     *
     * @throws IllegalArgumentException for an unknown payment
     */
    public Payment leaveOutOfStatement(String idOrReference) {
        Payment payment = payment(idOrReference)
                .orElseThrow(() -> new IllegalArgumentException("No payment " + idOrReference));
        books.leaveOut(payment.id());
        return payment;
    }

    /** Forgets every payment, callback and override, and puts back the settings the simulator started with. */
    public void reset() {
        ledger.clear();
        books.clear();
        script.reset();
    }

    Map<String, Map<String, Scenario>> overrides() {
        return Map.of("msisdn", script.msisdnOverrides(), "reference", script.referenceOverrides());
    }

    private Reply answer(Request request) {
        String path = request.path();
        for (Provider provider : Provider.values()) {
            String prefix = "/" + provider.key();
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                if (!settings(provider).reachable()) {
                    return Reply.error(503, "unavailable", provider.key() + " is unreachable (simulated outage)");
                }
                return apis.get(provider).answer(request.below(prefix));
            }
        }
        if (path.equals("/control") || path.startsWith("/control/")) {
            return control.answer(request.below("/control"));
        }
        return Reply.notFound();
    }

    /** Stops listening and sending; callbacks not yet sent are dropped. */
    @Override
    public void close() {
        http.close();
        settlement.close();
    }

    @Override
    public String toString() {
        return "MobileMoneySimulator[" + baseUrl() + "]";
    }
}
