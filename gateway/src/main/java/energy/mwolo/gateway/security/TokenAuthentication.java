package energy.mwolo.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * Authenticates bearer tokens, verifying each distinct token once: a verified token is remembered, by the SHA-256
 * of its text, until it expires. A client sends the same token for up to 15 minutes, so the signature check (the
 * gateway's main cost per request) almost disappears from the hot path. Refused tokens are not remembered.
 */
final class TokenAuthentication implements ReactiveAuthenticationManager {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(TokenAuthentication::sha256);

    private final TrustedIssuers issuers;
    private final Cache<TokenHash, JwtAuthenticationToken> verified;

    TokenAuthentication(TrustedIssuers issuers, long maxTokens) {
        this.issuers = issuers;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxTokens)
                .expireAfter(new UntilTokenExpires())
                .build();
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        TokenHash key = TokenHash.of(token);
        JwtAuthenticationToken known = verified.getIfPresent(key);
        if (known != null) {
            return Mono.just(known);
        }
        return issuers.authenticate(token).doOnNext(result -> {
            if (result instanceof JwtAuthenticationToken jwt && jwt.getToken().getExpiresAt() != null) {
                verified.put(key, jwt);
            }
        });
    }

    /** 256 bits of a token's SHA-256, as four longs: cheap to compare, and the token text is not kept. */
    record TokenHash(long a, long b, long c, long d) {

        static TokenHash of(String token) {
            MessageDigest digest = SHA256.get();
            ByteBuffer hash = ByteBuffer.wrap(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
            return new TokenHash(hash.getLong(), hash.getLong(), hash.getLong(), hash.getLong());
        }
    }

    /** A remembered token is forgotten the moment it expires. */
    private static final class UntilTokenExpires implements Expiry<TokenHash, JwtAuthenticationToken> {

        @Override
        public long expireAfterCreate(TokenHash key, JwtAuthenticationToken value, long currentTime) {
            Instant expiresAt = value.getToken().getExpiresAt();
            long nanos = (expiresAt.toEpochMilli() - System.currentTimeMillis()) * 1_000_000L;
            return Math.max(0, nanos);
        }

        @Override
        public long expireAfterUpdate(TokenHash key, JwtAuthenticationToken value, long currentTime,
                long currentDuration) {
            return expireAfterCreate(key, value, currentTime);
        }

        @Override
        public long expireAfterRead(TokenHash key, JwtAuthenticationToken value, long currentTime,
                long currentDuration) {
            return currentDuration;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
