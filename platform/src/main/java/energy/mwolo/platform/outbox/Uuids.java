package energy.mwolo.platform.outbox;

import java.security.SecureRandom;
import java.util.UUID;

/** Time-ordered UUIDs (version 7): ids that sort by creation and keep B-tree inserts at the right edge. */
public final class Uuids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Uuids() {
    }

    public static UUID timeOrdered() {
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
