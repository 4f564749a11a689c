package energy.mwolo.operations;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Request bodies the tests send, as a frontend would. */
public final class Bodies {

    private Bodies() {
    }

    public static Map<String, Object> equipment(String type, String serial, UUID site) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("serial_number", serial);
        body.put("site", site.toString());
        body.put("install_date", LocalDate.now().minusYears(1).toString());
        return body;
    }

    public static Map<String, Object> meter(String number, UUID equipment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", number);
        body.put("equipment", equipment.toString());
        body.put("kind", "postpaid");
        body.put("remote_relay", true);
        return body;
    }

    public static Map<String, Object> intervention(String type, UUID site, UUID equipment, UUID technician) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("site", site.toString());
        if (equipment != null) {
            body.put("equipment", equipment.toString());
        }
        body.put("description", "Vérifier le serrage des bornes du compteur");
        body.put("scheduled_date", LocalDate.now().plusDays(1).toString());
        if (technician != null) {
            body.put("technician", technician.toString());
        }
        return body;
    }

    /** A copy of {@code body} with {@code field} set (null removes it). */
    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        if (value == null) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return copy;
    }
}
