package energy.mwolo.geo.agencies.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a list of agencies is sorted, from {@code ?ordering=}: comma-separated fields among name, code and
 * created_at, each descending when prefixed with {@code -}. By code when absent.
 */
public record AgencyOrdering(List<Key> keys) {

    public static final AgencyOrdering BY_CODE = new AgencyOrdering(List.of(new Key(Field.CODE, false)));

    public AgencyOrdering {
        keys = List.copyOf(keys);
    }

    public enum Field {
        NAME, CODE, CREATED_AT
    }

    public record Key(Field field, boolean descending) {
    }

    public static AgencyOrdering parse(String ordering) {
        if (ordering == null || ordering.isBlank()) {
            return BY_CODE;
        }
        List<Key> keys = new ArrayList<>();
        for (String term : ordering.split(",")) {
            String name = term.strip();
            boolean descending = name.startsWith("-");
            keys.add(new Key(field(descending ? name.substring(1) : name), descending));
        }
        return new AgencyOrdering(keys);
    }

    private static Field field(String name) {
        return Arrays.stream(Field.values())
                .filter(f -> f.name().toLowerCase(Locale.ROOT).equals(name))
                .findFirst()
                .orElseThrow(() -> new UnknownOrdering(name));
    }
}
