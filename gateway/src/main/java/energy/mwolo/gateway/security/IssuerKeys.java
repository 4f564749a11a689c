package energy.mwolo.gateway.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One issuer's signing keys, kept in memory. Keys are fetched on first use, again when they are older than
 * {@code maxAge}, and when a token names a key not in the set (the issuer rotated) - but never more often than
 * {@code minRefresh}, so tokens with made-up {@code kid}s cost nothing but a map lookup. When the issuer is down,
 * the keys already known keep working.
 */
final class IssuerKeys implements Function<SignedJWT, Flux<JWK>> {

    /** Only asymmetric signatures: an HS256 token "signed" with our public key must find no key. */
    static final Set<JWSAlgorithm> ALLOWED = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);

    private final Mono<JWKSet> fetch;
    private final long maxAgeNanos;
    private final long minRefreshNanos;
    private volatile Snapshot snapshot;
    private volatile long lastAttempt;
    private Mono<JWKSet> inFlight;

    private record Snapshot(JWKSet keys, long fetchedAt) {
    }

    private IssuerKeys(Mono<JWKSet> fetch, JWKSet initial, Duration maxAge, Duration minRefresh) {
        this.fetch = fetch;
        this.maxAgeNanos = maxAge.toNanos();
        this.minRefreshNanos = minRefresh.toNanos();
        this.snapshot = initial == null ? null : new Snapshot(initial, System.nanoTime());
    }

    /** Keys that never change (a JWKS document given in configuration). */
    static IssuerKeys fixed(JWKSet keys) {
        return new IssuerKeys(null, keys, Duration.ZERO, Duration.ZERO);
    }

    /** Keys published at {@code jwkSetUri}. */
    static IssuerKeys remote(WebClient web, String jwkSetUri, Duration maxAge, Duration minRefresh) {
        Mono<JWKSet> fetch = web.get().uri(jwkSetUri).retrieve().bodyToMono(String.class)
                .timeout(Duration.ofSeconds(5))
                .map(IssuerKeys::parse);
        return new IssuerKeys(fetch, null, maxAge, minRefresh);
    }

    @Override
    public Flux<JWK> apply(SignedJWT jwt) {
        JWSHeader header = jwt.getHeader();
        JWKMatcher matcher = ALLOWED.contains(header.getAlgorithm()) ? JWKMatcher.forJWSHeader(header) : null;
        if (matcher == null) {
            return Flux.empty();
        }
        JWKSelector selector = new JWKSelector(matcher);
        Snapshot current = snapshot;
        if (fetch == null) {
            return Flux.fromIterable(selector.select(current.keys()));
        }
        if (current == null) {
            return refresh().flatMapIterable(selector::select);
        }
        List<JWK> known = selector.select(current.keys());
        long now = System.nanoTime();
        boolean stale = now - current.fetchedAt() > maxAgeNanos;
        boolean mayRefresh = now - lastAttempt >= minRefreshNanos;
        if ((known.isEmpty() || stale) && mayRefresh) {
            return refresh().map(selector::select)
                    .onErrorReturn(known)
                    .flatMapIterable(keys -> keys);
        }
        return Flux.fromIterable(known);
    }

    /** One fetch at a time: concurrent requests that need fresh keys share it. */
    private synchronized Mono<JWKSet> refresh() {
        if (inFlight == null) {
            lastAttempt = System.nanoTime();
            inFlight = fetch
                    .doOnNext(keys -> snapshot = new Snapshot(keys, System.nanoTime()))
                    .doFinally(signal -> clearInFlight())
                    .cache();
        }
        return inFlight;
    }

    private synchronized void clearInFlight() {
        inFlight = null;
    }

    static JWKSet parse(String json) {
        try {
            return JWKSet.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("Not a JSON Web Key Set: " + e.getMessage(), e);
        }
    }
}
