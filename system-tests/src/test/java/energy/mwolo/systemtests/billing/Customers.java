package energy.mwolo.systemtests.billing;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.platformtest.Api;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;

/**
 * Customers as the back office makes them, through the gateway with the dev profile's staff accounts: a sales agent
 * registers the client in crm and activates its contracts, an administrator opens the client's online account tied
 * to it (its tokens carry {@code client_id}). Every customer gets a fresh e-mail address and mobile number: the
 * platform's SMTP catcher and SMS simulator are shared by every class of the JVM.
 */
public final class Customers {

    private static final String PASSWORD = "Likasi-Kipushi-2026";

    private final Api gateway;
    private final String sales;
    private final String admin;

    public Customers(Api gateway) {
        this.gateway = gateway;
        this.sales = signIn(gateway, "commercial@mwolo.local", "commercial123");
        this.admin = signIn(gateway, "admin@mwolo.local", "admin123");
    }

    /** An active individual client in crm, and a CLIENT account of its own in identity. */
    public Customer register(String firstName, String lastName) {
        String email = lastName.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@example.cd";
        String phone = "+24381" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("kind", "individual");
        client.put("first_name", firstName);
        client.put("last_name", lastName);
        client.put("email", email);
        client.put("phone", phone);
        client.put("preferred_language", "fr");
        String id = created(gateway.post("/api/crm/clients/", client).as(sales)).path("id").asString();
        Api.Reply active = gateway.patch("/api/crm/clients/" + id + "/", Map.of("status", "active")).as(sales).send();
        assertThat(active.status()).as(active.toString()).isEqualTo(200);
        created(gateway.post("/api/accounts/users/", Map.of("email", email, "password", PASSWORD,
                "first_name", firstName, "last_name", lastName, "phone", phone, "role", "CLIENT", "client", id))
                .as(admin));
        return new Customer(id, email, phone, PASSWORD);
    }

    /** A residential site of the customer's and a monthly flat-fee contract on it from {@code start}, activated. */
    ActiveContract flatFeeContract(Customer customer, String fee, String currency, LocalDate start) {
        return activeContract(customer, "monthly_flat_fee", fee, null, currency, start);
    }

    /** A residential site of the customer's and a metered contract on it from {@code start}, activated. */
    public ActiveContract meteredContract(Customer customer, String fee, String pricePerKwh, String currency,
                                          LocalDate start) {
        return activeContract(customer, "metered", fee, pricePerKwh, currency, start);
    }

    private ActiveContract activeContract(Customer customer, String type, String fee, String pricePerKwh,
                                          String currency, LocalDate start) {
        String site = created(gateway.post("/api/crm/sites/", Map.of("client", customer.client(),
                "name", "Domicile " + customer.email(), "address", "7, avenue Lumumba, Lubumbashi",
                "usage", "residential")).as(sales)).path("id").asString();
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("client", customer.client());
        terms.put("site", site);
        terms.put("contract_type", type);
        terms.put("fixed_fee", fee);
        if (pricePerKwh != null) {
            terms.put("price_per_kwh", pricePerKwh);
        }
        terms.put("currency", currency);
        terms.put("billing_day", 1);
        terms.put("start_date", start.toString());
        String contract = created(gateway.post("/api/crm/contracts/", terms).as(sales)).path("id").asString();
        Api.Reply activated = gateway.post("/api/crm/contracts/" + contract + "/activate/", null).as(sales)
                .header("Idempotency-Key", UUID.randomUUID().toString()).send();
        assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
        assertThat(activated.json().path("status").asString()).isEqualTo("active");
        return new ActiveContract(contract, activated.json().path("contract_number").asString(), site);
    }

    public static String signIn(Api gateway, String email, String password) {
        Api.Reply reply = gateway.post("/api/auth/login/", Map.of("email", email, "password", password)).send();
        assertThat(reply.status()).as("sign-in of %s: %s", email, reply).isEqualTo(200);
        return reply.json().path("access").asString();
    }

    private static JsonNode created(Api.Call call) {
        Api.Reply reply = call.header("Idempotency-Key", UUID.randomUUID().toString()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    /** A customer: its crm client id, and what it signs in with and is reached at. */
    public record Customer(String client, String email, String phone, String password) {
    }

    /** A contract active in crm, on {@code site}. */
    public record ActiveContract(String id, String number, String site) {
    }
}
