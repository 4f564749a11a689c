package energy.mwolo.billing;

import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.mobilemoney.simulator.DevCredentials;
import energy.mwolo.mobilemoney.simulator.MobileMoneySimulator;
import energy.mwolo.mobilemoney.simulator.Provider;
import energy.mwolo.platformtest.Api;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Spring context every integration test shares: the service on a random port, with the JVM's shared
 * PostgreSQL and Kafka broker (platform-test). Subclasses add nothing to the context configuration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Schedules are off: tests start runs, overdue checks and dunning passes themselves. A reminder not delivered
        // is tried again a second later.
        "mwolo.billing.invoices.overdue-cron=-", "mwolo.billing.runs.cron=-", "mwolo.billing.dunning.cron=-",
        "mwolo.billing.dunning.pass-at-start=false", "mwolo.billing.dunning.first-retry-delay=1s",
        "mwolo.billing.dunning.max-retry-delay=1s", "mwolo.billing.dunning.max-attempts=3",
        // Mobile-money status queries: tests make them themselves.
        "mwolo.billing.mobile-money.check-poll=1h",
        // The simulated providers answer at once: a callback for no request of ours is judged unknown soon.
        "mwolo.billing.mobile-money.unknown-request-grace=3s",
        "mwolo.billing.mobile-money.mpesa.api-key=test-session",
        "mwolo.billing.mobile-money.mpesa.service-provider-code=000000",
        "mwolo.billing.mobile-money.airtel.client-id=" + DevCredentials.AIRTEL_CLIENT_ID,
        "mwolo.billing.mobile-money.airtel.client-secret=" + DevCredentials.AIRTEL_CLIENT_SECRET,
        "mwolo.billing.mobile-money.airtel.callback-secret=" + DevCredentials.AIRTEL_CALLBACK_SECRET,
        "mwolo.billing.mobile-money.orange.client-id=" + DevCredentials.ORANGE_CLIENT_ID,
        "mwolo.billing.mobile-money.orange.client-secret=" + DevCredentials.ORANGE_CLIENT_SECRET,
        "mwolo.billing.mobile-money.orange.merchant-key=" + DevCredentials.ORANGE_MERCHANT_KEY,
        "mwolo.billing.mobile-money.aggregator.api-key=" + DevCredentials.AGGREGATOR_API_KEY,
        "mwolo.billing.mobile-money.aggregator.webhook-secrets=" + DevCredentials.AGGREGATOR_WEBHOOK_SECRET})
public abstract class AbstractApiIT {

    /** The mobile-money providers, one simulator for the JVM on a free loopback port. */
    protected static final MobileMoneySimulator PROVIDERS = MobileMoneySimulator.start();

    /** Mails to the JVM's SMTP catcher, SMS to its SMS simulator ({@link TestMailAndSms}). */
    @DynamicPropertySource
    static void mailAndSms(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMailAndSms::smtpPort);
        registry.add("mwolo.sms.base-url", TestMailAndSms::smsBaseUrl);
    }

    @LocalServerPort
    private int port;

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    @Autowired
    protected JdbcClient jdbc;

    protected Api api;

    @DynamicPropertySource
    static void mobileMoneyProviders(DynamicPropertyRegistry registry) {
        for (Provider provider : Provider.values()) {
            registry.add("mwolo.billing.mobile-money." + provider.key() + ".base-url", () -> PROVIDERS.url(provider));
        }
        registry.add("mwolo.billing.mobile-money.statements.base-url",
                () -> PROVIDERS.baseUrl() + "/control/statements");
    }

    @BeforeEach
    void connectToTheService() {
        api = new Api("http://localhost:" + port).heldToItsDocument();
    }

    protected int port() {
        return port;
    }

    protected String bootstrapServers() {
        return bootstrapServers;
    }

    /** Today's USD/CDF rate (2800), unless a test entered one already. */
    protected void rateOfToday() {
        jdbc.sql("insert into exchange_rates (day, cdf_per_usd) values (?, 2800) on conflict (day) do nothing")
                .param(Date.valueOf(BusinessTime.system().today())).update();
    }

    /** A client of crm as the read model holds it after crm's events. */
    protected UUID client() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into crm_clients (id, number, name, preferred_language, email, status, changed_at)
                        values (?, ?, 'Client de test', 'fr', 'test@example.cd', 'active', now())""")
                .params(id, "CL-2026-" + id.toString().substring(0, 6)).update();
        return id;
    }

    /**
     * A contract of crm as the read model holds it (active, billing day 5, protected site: no).
     *
     * @param type {@code monthly_flat_fee} or {@code metered}; @param fee and @param pricePerKwh may be null
     */
    protected UUID contract(UUID client, String type, String fee, String pricePerKwh, String tariffCode,
                            String currency, LocalDate start, LocalDate end) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into crm_contracts (id, number, client_id, site_id, site_protected, contract_type,
                            fixed_fee, price_per_kwh, tariff_code, currency, billing_day, start_date, end_date,
                            service_end, status, changed_at)
                        values (?, ?, ?, ?, false, ?, ?, ?, ?, ?, 5, ?, ?, ?, 'active', now())""")
                .params(id, "CT-2026-" + id.toString().substring(0, 6), client, UUID.randomUUID(), type,
                        fee == null ? null : new BigDecimal(fee), pricePerKwh == null ? null : new BigDecimal(pricePerKwh),
                        tariffCode, currency, Date.valueOf(start), end == null ? null : Date.valueOf(end),
                        end == null ? null : Date.valueOf(end))
                .update();
        return id;
    }

    /** A month's consumption as operations would have reported it. */
    protected void consumption(UUID contract, String period, String kwh) {
        jdbc.sql("""
                        insert into consumptions (contract_id, period, kwh, estimated, source, revision, recorded_at)
                        values (?, ?, ?, false, 'operations', 1, now())""")
                .params(contract, Date.valueOf(period + "-01"), new BigDecimal(kwh)).update();
    }

    /** An event's payload, parsed. */
    protected static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }

    /** A fresh Idempotency-Key: every write takes one. */
    protected static String key() {
        return UUID.randomUUID().toString();
    }

    /** Every simulated provider sends its result callbacks to this context's webhooks. */
    protected void providerCallbacksComeHere() {
        for (Provider provider : Provider.values()) {
            PROVIDERS.callbackUrl(provider, "http://localhost:" + port + "/api/billing/webhooks/" + provider.key()
                    + "/");
        }
    }

    /** A national number of this operator prefix ({@code 81}) that no other test uses, most likely. */
    protected static String unusedNumber(String prefix) {
        return prefix + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }
}
