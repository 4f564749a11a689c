package energy.mwolo.crm.persistence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A SQL where clause built from optional filters, with named parameters: values never enter the SQL text. */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    public Where add(String condition, String name, Object value) {
        conditions.add(condition);
        params.put(name, value);
        return this;
    }

    public Where addIf(boolean applies, String condition, String name, Object value) {
        return applies ? add(condition, name, value) : this;
    }

    /**
     * Confines a customer's list to its own client's rows ({@code column} holds the client id); a customer whose
     * token names no client yet sees no row at all. Staff ({@code restricted} false) are not confined.
     */
    public Where ownedBy(String column, boolean restricted, UUID client) {
        if (!restricted) {
            return this;
        }
        if (client == null) {
            conditions.add("false");
            return this;
        }
        return add(column + " = :own", "own", client);
    }

    public String sql() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The values by name; a null value is bound as SQL NULL (a customer not linked to a client yet matches none). */
    public Map<String, Object> params() {
        return Collections.unmodifiableMap(new HashMap<>(params));
    }

    /** An ILIKE pattern matching the text anywhere, with the text's own wildcards escaped. */
    public static String contains(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
