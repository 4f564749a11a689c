package energy.mwolo.operations.persistence;

import energy.mwolo.operations.kernel.Ordering;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The where clause of a list, built from optional filters: a null filter adds nothing, and values only ever travel
 * as named parameters ({@code :p1}, {@code :p2}...), never in the SQL text.
 */
public final class Filters {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** {@code column = value}, unless the value is null. */
    public Filters equal(String column, Object value) {
        return value == null ? this : where(column + " = ?", value);
    }

    /** A condition with one {@code ?} for the value, unless the value is null. */
    public Filters where(String condition, Object value) {
        if (value == null) {
            return this;
        }
        String name = "p" + (params.size() + 1);
        params.put(name, value);
        conditions.add(condition.replace("?", ":" + name));
        return this;
    }

    /** A condition without parameters, written by the caller (never from the request's text). */
    public Filters always(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Text found anywhere, ignoring case, in any of the columns; the text's own wildcards match themselves. */
    public Filters search(String text, String... columns) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String pattern = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String any = java.util.Arrays.stream(columns).map(column -> column + " ilike ?")
                .collect(Collectors.joining(" or ", "(", ")"));
        String name = "p" + (params.size() + 1);
        params.put(name, pattern);
        conditions.add(any.replace("?", ":" + name));
        return this;
    }

    public String sql() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public Map<String, Object> params() {
        return Map.copyOf(params);
    }

    /** {@code order by} from API field names mapped to columns; {@code tieBreaker} makes pages stable. */
    public static String orderBy(Ordering ordering, Map<String, String> columns, String tieBreaker) {
        return ordering.keys().stream()
                .map(key -> columns.get(key.field()) + (key.descending() ? " desc nulls last" : " asc nulls first"))
                .collect(Collectors.joining(", ", " order by ", ", " + tieBreaker));
    }
}
