package energy.mwolo.mobilemoney.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** OAuth2 access tokens a provider issued, each valid for its lifetime. */
final class Tokens {

    private final Duration lifetime;
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

    Tokens(Duration lifetime) {
        this.lifetime = lifetime;
    }

    String issue() {
        String token = Ids.hex(24);
        expiries.put(token, Instant.now().plus(lifetime));
        return token;
    }

    boolean valid(String token) {
        Instant expiry = token == null ? null : expiries.get(token);
        return expiry != null && Instant.now().isBefore(expiry);
    }

    long lifetimeSeconds() {
        return lifetime.toSeconds();
    }
}
