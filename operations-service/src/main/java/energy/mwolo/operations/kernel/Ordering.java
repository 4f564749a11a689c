package energy.mwolo.operations.kernel;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How a list is sorted, from {@code ?ordering=}: comma-separated field names among those a list allows, each
 * descending when prefixed with {@code -}. Names stay API names; each list maps them to its columns.
 */
public record Ordering(List<Key> keys) {

    public Ordering {
        keys = List.copyOf(keys);
    }

    public record Key(String field, boolean descending) {
    }

    public static Ordering parse(String ordering, Set<String> allowed, Ordering byDefault) {
        if (ordering == null || ordering.isBlank()) {
            return byDefault;
        }
        List<Key> keys = new ArrayList<>();
        for (String term : ordering.split(",")) {
            String name = term.strip();
            boolean descending = name.startsWith("-");
            String field = descending ? name.substring(1) : name;
            if (!allowed.contains(field)) {
                throw new UnknownOrdering(field);
            }
            keys.add(new Key(field, descending));
        }
        return new Ordering(keys);
    }

    public static Ordering by(String field, boolean descending) {
        return new Ordering(List.of(new Key(field, descending)));
    }

    static final class UnknownOrdering extends DomainException {
        UnknownOrdering(String field) {
            super(ErrorKind.INVALID, "operations.ordering.unknown", "ordering", field);
        }
    }
}
