package energy.mwolo.systemtests.mobilemoney;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.embedded.SharedPostgres;
import energy.mwolo.mobilemoney.simulator.MobileMoneySimulator;
import energy.mwolo.mobilemoney.simulator.Provider;
import energy.mwolo.platformtest.Api;
import energy.mwolo.systemtests.RunningPlatform;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import tools.jackson.databind.JsonNode;

/**
 * identity and billing from their jars, with one mobile-money simulator in the test JVM playing M-Pesa, Airtel, Orange
 * and the aggregator, calling billing back at its own address (not through the gateway). Status queries are made
 * every second, at 3 s, 6 s, 10 s, ... after a request, so that a callback lost is caught up within the scenario;
 * a callback claimed by a worker that died is judged again after 5 s. billing reconciles against the simulator's
 * statements. The classes of this package share one set.
 */
final class MobileMoneyPlatform {

    /** The providers, for every class of the package (they then share one running set). */
    static final MobileMoneySimulator PROVIDERS = MobileMoneySimulator.start();

    static final String REQUESTS = "/api/billing/mobile-money/requests/";

    private MobileMoneyPlatform() {
    }

    static RunningPlatform platform() {
        RunningPlatform platform = RunningPlatform.of(ServiceCatalogue.IDENTITY, ServiceCatalogue.BILLING)
                .environment(ServiceCatalogue.BILLING, "MWOLO_BILLING_RUN_CRON", "-")
                .environment(ServiceCatalogue.BILLING, "MWOLO_BILLING_OVERDUE_CRON", "-")
                .environment(ServiceCatalogue.BILLING, "MWOLO_BILLING_DUNNING_CRON", "-")
                .environment(ServiceCatalogue.BILLING, "MWOLO_BILLING_DUNNING_PASS_AT_START", "false")
                .environment(ServiceCatalogue.BILLING, "MWOLO_MOBILE_MONEY_CHECKS",
                        "3s,6s,10s,15s,20s,30s,45s,60s,90s,120s,180s,240s,300s,600s")
                .environment(ServiceCatalogue.BILLING, "MWOLO_MOBILE_MONEY_CHECK_POLL", "1s")
                .environment(ServiceCatalogue.BILLING, "MWOLO_MOBILE_MONEY_CALLBACK_LEASE", "5s")
                .environment(ServiceCatalogue.BILLING, "MWOLO_MOBILE_MONEY_UNKNOWN_REQUEST_GRACE", "3s")
                .environment(ServiceCatalogue.BILLING, "MWOLO_MOBILE_MONEY_CALLBACK_WORKERS", "4");
        PROVIDERS.billingEnvironment().forEach((name, url) ->
                platform.environment(ServiceCatalogue.BILLING, name, url));
        platform.environment(ServiceCatalogue.BILLING, "MWOLO_MOBILE_MONEY_STATEMENTS_URL",
                PROVIDERS.baseUrl() + "/control/statements");
        return platform;
    }

    /** Sends each provider's callbacks straight to billing's webhook (Orange names its own in each init). */
    static void callBillingBack(RunningPlatform platform) {
        String billing = platform.url(ServiceCatalogue.BILLING);
        for (Provider provider : List.of(Provider.MPESA, Provider.AIRTEL, Provider.AGGREGATOR)) {
            PROVIDERS.callbackUrl(provider, billing + "/api/billing/webhooks/" + provider.key() + "/");
        }
    }

    static String accountant(RunningPlatform platform) {
        Api.Reply reply = new Api(platform.url(ServiceCatalogue.IDENTITY)).post("/api/auth/login/",
                Map.of("email", "comptable@mwolo.local", "password", "comptable123")).send();
        assertThat(reply.status()).as("sign-in: %s", reply).isEqualTo(200);
        return reply.json().path("access").asString();
    }

    /** A number of the provider's operator that no other request uses, as typed by a customer (9 digits). */
    static String number(Provider provider) {
        String prefix = switch (provider) {
            case MPESA -> "81";
            case AIRTEL -> "97";
            case ORANGE -> "84";
            case AGGREGATOR -> "90";
        };
        return prefix + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    static DataSource billingDatabase() {
        return SharedPostgres.start().superuserDataSource("mwolo_billing");
    }

    /** {@code count} clients as billing's read model holds them once crm announced them (crm is not started). */
    static List<UUID> clients(String batch, int count) {
        List<UUID> ids = new ArrayList<>(count);
        try (Connection connection = billingDatabase().getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into crm_clients (id, number, name,"
                     + " preferred_language, email, status, changed_at) values (?, ?, ?, 'fr', 'mm@example.cd',"
                     + " 'active', now())")) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                insert.setObject(1, id);
                insert.setString(2, "CL-MM-" + batch + "-" + i);
                insert.setString(3, "Client " + batch + " " + i);
                insert.addBatch();
                ids.add(id);
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    /** Asks billing for a payment request (202): its reference. */
    static JsonNode request(Api billing, String token, UUID client, String amount, String msisdn, Provider provider) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("client", client.toString());
        body.put("amount", amount);
        body.put("currency", "USD");
        body.put("msisdn", msisdn);
        body.put("provider", provider.key());
        Api.Reply reply = billing.post(REQUESTS, body).as(token).header("Idempotency-Key", UUID.randomUUID().toString())
                .send();
        assertThat(reply.status()).as("payment request: %s", reply).isEqualTo(202);
        return reply.json();
    }

    /** One number from billing's database. */
    static long count(String sql, Object... parameters) {
        try (Connection connection = billingDatabase().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, parameters);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of strings from billing's database. */
    static List<String> strings(String sql, Object... parameters) {
        try (Connection connection = billingDatabase().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, parameters);
            List<String> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(row.getString(1));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Per client, the credit billing's balances show in USD. */
    static BigDecimal creditOf(Api billing, String token, UUID client) {
        Api.Reply reply = billing.get("/api/billing/balances/?client=" + client).as(token).send();
        assertThat(reply.status()).as("balances: %s", reply).isEqualTo(200);
        for (JsonNode currency : reply.json().path("balances")) {
            if ("USD".equals(currency.path("currency").asString())) {
                return new BigDecimal(currency.path("credit").asString());
            }
        }
        return BigDecimal.ZERO;
    }

    private static void bind(Connection connection, PreparedStatement statement, Object... parameters)
            throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] instanceof Collection<?> values) {
                Array array = connection.createArrayOf("text", values.stream().map(String::valueOf).toArray());
                statement.setArray(i + 1, array);
            } else {
                statement.setObject(i + 1, parameters[i]);
            }
        }
    }
}
