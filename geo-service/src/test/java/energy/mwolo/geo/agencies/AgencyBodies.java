package energy.mwolo.geo.agencies;

import energy.mwolo.geo.ReferenceData;
import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies for agencies: a complete, valid agency in a province, to vary field by field. */
final class AgencyBodies {

    private AgencyBodies() {
    }

    static Map<String, Object> agencyIn(String provinceCode, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("province", ReferenceData.province(provinceCode));
        body.put("name", name);
        body.put("address", "1 avenue de la Justice");
        body.put("phone", "+243 81 555 0101");
        body.put("email", "agence@mwolo.energy");
        body.put("latitude", -4.3217);
        body.put("longitude", 15.3126);
        body.put("opening_hours", "Lun-Ven 8h-16h, Sam 8h-12h");
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}
