package energy.mwolo.crm.persistence;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ?ordering=} to SQL: comma-separated field names, each descending when prefixed with {@code -}, among the
 * allowed ones only (the column names come from the map, never from the request). The id breaks ties.
 */
public final class Ordering {

    private Ordering() {
    }

    public static String sql(String ordering, Map<String, String> allowed, String defaultColumn) {
        List<String> terms = new ArrayList<>();
        if (ordering == null || ordering.isBlank()) {
            terms.add(defaultColumn);
        } else {
            for (String term : ordering.split(",")) {
                String name = term.strip();
                boolean descending = name.startsWith("-");
                String column = allowed.get(descending ? name.substring(1) : name);
                if (column == null) {
                    throw new UnknownOrdering(name);
                }
                terms.add(column + (descending ? " desc" : ""));
            }
        }
        terms.add("id");
        return " order by " + String.join(", ", terms);
    }

    static final class UnknownOrdering extends DomainException {
        UnknownOrdering(String field) {
            super(ErrorKind.INVALID, "crm.ordering.unknown", "ordering", field);
        }
    }
}
