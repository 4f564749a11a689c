package energy.mwolo.platform.idempotency;

import java.util.Enumeration;
import java.util.Optional;

/** A client's key for one logical request: 1 to {@value #MAX_LENGTH} visible ASCII characters. */
record IdempotencyKey(String value) {

    static final int MAX_LENGTH = 255;

    IdempotencyKey {
        if (!wellFormed(value)) {
            throw IdempotencyRefused.invalidKey();
        }
    }

    /** The key a request names, if any; a request naming two keys is refused like a malformed one. */
    static Optional<IdempotencyKey> from(Enumeration<String> headerValues) {
        if (headerValues == null || !headerValues.hasMoreElements()) {
            return Optional.empty();
        }
        IdempotencyKey key = new IdempotencyKey(headerValues.nextElement());
        if (headerValues.hasMoreElements()) {
            throw IdempotencyRefused.invalidKey();
        }
        return Optional.of(key);
    }

    private static boolean wellFormed(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        return value.chars().allMatch(c -> c >= 0x21 && c <= 0x7E);
    }
}
