package energy.mwolo.systemtests.collection;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.platformtest.Api;
import energy.mwolo.systemtests.billing.Customers;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/**
 * Customers of the collection loop as the back office makes them through the gateway: an agency opened in geo, a
 * client of that agency registered and activated in crm with a flat-fee contract on its site, and a meter with a
 * remote relay installed on the site and linked to the contract in operations. Every customer gets a fresh e-mail
 * address and a fresh Vodacom number (M-Pesa), since the SMTP catcher and SMS simulator are shared by the JVM.
 */
final class LoopCustomers {

    private static final Duration ASYNC = Duration.ofSeconds(120);
    private static final AtomicLong NUMBERS = new AtomicLong(System.nanoTime() % 9_000_000L);

    private final Api gateway;
    private final String sales;
    private final String admin;
    private final String meterPrefix;

    LoopCustomers(Api gateway, String meterPrefix) {
        this.gateway = gateway;
        this.sales = Customers.signIn(gateway, "commercial@mwolo.local", "commercial123");
        this.admin = Customers.signIn(gateway, "admin@mwolo.local", "admin123");
        this.meterPrefix = meterPrefix;
    }

    /** A new agency in the province of Kinshasa; geo announces it to crm and operations. */
    String openAgency(String name) {
        JsonNode provinces = ok(gateway.get("/api/geo/provinces/?page_size=100").as(admin).send()).json();
        String kinshasa = provinces.path("results").valueStream()
                .filter(p -> "KN".equals(p.path("code").asString())).findFirst().orElseThrow()
                .path("id").asString();
        Map<String, Object> agency = new LinkedHashMap<>();
        agency.put("province", kinshasa);
        agency.put("name", name);
        agency.put("address", "12, avenue du Commerce, Gombe");
        agency.put("phone", "+243 81 555 0142");
        agency.put("email", "agence@mwolo.energy");
        agency.put("latitude", -4.3217);
        agency.put("longitude", 15.3126);
        agency.put("opening_hours", "Lun-Ven 8h-16h");
        return created(gateway.post("/api/agencies/", agency).as(admin)).path("id").asString();
    }

    /**
     * A client of {@code agency} with a flat-fee contract (25.00 USD a month) from {@code start} and a meter of
     * ours on its site, linked to the contract.
     */
    Customer customer(String agency, String lastName, LocalDate start, LocalDate installed) {
        long n = NUMBERS.incrementAndGet() % 10_000_000L;
        String phone = String.format("+24381%07d", n);
        String email = lastName.toLowerCase(java.util.Locale.ROOT) + "-" + UUID.randomUUID() + "@example.cd";
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("kind", "individual");
        client.put("first_name", "Client");
        client.put("last_name", lastName);
        client.put("email", email);
        client.put("phone", phone);
        client.put("preferred_language", "fr");
        client.put("agency", agency);
        // crm hears of the agency through geo's events: until then the agency is unknown (400).
        String id = Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofMillis(500))
                .until(() -> post(sales, "/api/crm/clients/", client), reply -> reply.status() != 400)
                .json().path("id").asString();
        ok(gateway.patch("/api/crm/clients/" + id + "/", Map.of("status", "active")).as(sales).send());
        String site = created(gateway.post("/api/crm/sites/", Map.of("client", id, "name", "Domicile " + lastName,
                "address", "7, avenue Lumumba, Kinshasa", "usage", "residential")).as(sales)).path("id").asString();
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("client", id);
        terms.put("site", site);
        terms.put("contract_type", "monthly_flat_fee");
        terms.put("fixed_fee", "25.00");
        terms.put("currency", "USD");
        terms.put("billing_day", 1);
        terms.put("start_date", start.toString());
        String contract = created(gateway.post("/api/crm/contracts/", terms).as(sales)).path("id").asString();
        JsonNode activated = ok(post(sales, "/api/crm/contracts/" + contract + "/activate/", null)).json();
        String meterNumber = meterPrefix + String.format("%07d", n);
        // operations hears of the site and the contract through crm's events: until then they are unknown (400).
        String equipment = Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofMillis(500))
                .until(() -> post(admin, "/api/operations/equipment/", Map.of("type", "meter",
                        "serial_number", "SN-" + meterNumber, "site", site, "install_date", installed.toString())),
                        reply -> reply.status() != 400)
                .json().path("id").asString();
        String meter = created(gateway.post("/api/operations/meters/", Map.of("number", meterNumber,
                "equipment", equipment, "kind", "postpaid", "remote_relay", true)).as(admin)).path("id").asString();
        Api.Reply linked = Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofMillis(500))
                .until(() -> post(admin, "/api/operations/meters/" + meter + "/link/", Map.of("contract", contract,
                        "register_kwh", "0")), reply -> reply.status() != 400);
        ok(linked);
        return new Customer(id, email, phone, site, contract, activated.path("contract_number").asString(), meter,
                meterNumber, agency);
    }

    /** The site becomes protected (a clinic opened there): crm announces it to operations. */
    void protect(Customer customer) {
        ok(gateway.patch("/api/crm/sites/" + customer.site() + "/", Map.of("is_protected", true, "usage",
                "public")).as(sales).send());
    }

    private Api.Reply post(String token, String path, Object body) {
        return gateway.post(path, body).as(token).header("Idempotency-Key", UUID.randomUUID().toString()).send();
    }

    private JsonNode created(Api.Call call) {
        Api.Reply reply = call.header("Idempotency-Key", UUID.randomUUID().toString()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private static Api.Reply ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply;
    }

    /** A customer of the loop: crm's ids, how it is reached, and its meter in operations. */
    record Customer(String client, String email, String phone, String site, String contract, String contractNumber,
                    String meter, String meterNumber, String agency) {
    }
}
