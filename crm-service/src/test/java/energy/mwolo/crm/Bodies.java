package energy.mwolo.crm;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Request bodies for the tests: valid by default, each call with a fresh email. */
public final class Bodies {

    private Bodies() {
    }

    public static Map<String, Object> individual() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "individual");
        body.put("first_name", "Bienvenu");
        body.put("last_name", "Kabasele");
        body.put("email", "client-" + UUID.randomUUID() + "@example.cd");
        body.put("phone", "0812345678");
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    public static Map<String, Object> site(UUID client) {
        Map<String, Object> body = new HashMap<>();
        body.put("client", client.toString());
        body.put("name", "Centre de santé de Limete");
        body.put("usage", "public");
        body.put("is_protected", true);
        body.put("latitude", "-4.3661");
        body.put("longitude", "15.3386");
        return body;
    }

    public static Map<String, Object> contract(UUID client, UUID site) {
        Map<String, Object> body = new HashMap<>();
        body.put("client", client.toString());
        body.put("site", site.toString());
        body.put("contract_type", "metered");
        body.put("price_per_kwh", "250.50");
        body.put("fixed_fee", "15000.00");
        body.put("currency", "CDF");
        body.put("billing_day", 5);
        body.put("start_date", "2025-05-01");
        return body;
    }
}
