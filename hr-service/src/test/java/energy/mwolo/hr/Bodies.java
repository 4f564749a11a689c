package energy.mwolo.hr;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Request bodies as a client writes them. */
public final class Bodies {

    private static final AtomicInteger NIF = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private Bodies() {
    }

    /** A technician at the test agency, paid 850 USD a month, with a NIF of its own. */
    public static Map<String, Object> employee() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agency", AbstractApiIT.AGENCY.toString());
        body.put("first_name", "Aimée");
        body.put("last_name", "Mbuyi");
        body.put("post_name", "Kalala");
        body.put("nationality", "congolaise");
        body.put("birth_date", "1990-04-12");
        body.put("birth_place", "Mbuji-Mayi");
        body.put("nif", nif());
        body.put("position", "technicien");
        body.put("department", "operations");
        body.put("contract_type", "cdi");
        body.put("hire_date", "2024-03-01");
        body.put("salary", new LinkedHashMap<>(Map.of("amount", "850.00", "currency", "USD")));
        body.put("key_staff", false);
        return body;
    }

    public static String nif() {
        return "A" + String.format("%07d", NIF.incrementAndGet() % 10_000_000) + "-" + UUID.randomUUID()
                .toString().substring(0, 4).toUpperCase();
    }
}
