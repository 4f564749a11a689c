package energy.mwolo.identity.accounts.application;

import energy.mwolo.platform.web.InvalidRequestParameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a list of accounts is sorted, from {@code ?ordering=}: comma-separated fields among email, last_name,
 * created_at and last_login, each descending when prefixed with {@code -}. By email when absent.
 */
public record UserOrdering(List<Key> keys) {

    public static final UserOrdering BY_EMAIL = new UserOrdering(List.of(new Key(Field.EMAIL, false)));

    public UserOrdering {
        keys = List.copyOf(keys);
    }

    public enum Field {
        EMAIL, LAST_NAME, CREATED_AT, LAST_LOGIN
    }

    public record Key(Field field, boolean descending) {
    }

    public static UserOrdering parse(String ordering) {
        if (ordering == null || ordering.isBlank()) {
            return BY_EMAIL;
        }
        List<Key> keys = new ArrayList<>();
        for (String term : ordering.split(",")) {
            String name = term.strip();
            boolean descending = name.startsWith("-");
            keys.add(new Key(field(descending ? name.substring(1) : name), descending));
        }
        return new UserOrdering(keys);
    }

    private static Field field(String name) {
        return Arrays.stream(Field.values())
                .filter(f -> f.name().toLowerCase(Locale.ROOT).equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestParameter("ordering", "accounts.ordering.unknown", name));
    }
}
