package energy.mwolo.hr.attendance.model;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Badge tokens: {@code MWB1.<badge id>.<HMAC-SHA256 of the first two parts>}, URL-safe Base64, 71 characters that a
 * QR code or an NFC tag carries. Only a holder of the key makes one, so a badge number cannot be guessed or
 * incremented; the key never leaves the service. A valid signature only names a badge: whether the badge still
 * holds (not revoked) is the database's answer.
 */
public final class BadgeSigner {

    static final String PREFIX = "MWB1.";
    /** 256 bits, the size of HMAC-SHA256's output: a shorter key would be the weak link. */
    public static final int MIN_KEY_BYTES = 32;

    private final byte[] key;

    public BadgeSigner(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a badge signing key has at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = key.clone();
    }

    public String tokenOf(BadgeId badge) {
        String body = PREFIX + Secrets.encode(badge.value());
        return body + "." + Secrets.encode(Secrets.hmac(key, body));
    }

    /** The badge a token names, empty when it is malformed or its signature is not ours. */
    public Optional<BadgeId> verify(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int dot = token.lastIndexOf('.');
        if (dot <= PREFIX.length()) {
            return Optional.empty();
        }
        String body = token.substring(0, dot);
        // The signature's text compared, not its decoded bytes: Base64's last character carries unused bits, so
        // several texts decode to one signature, and a badge has one token only.
        byte[] expected = Secrets.encode(Secrets.hmac(key, body)).getBytes(StandardCharsets.US_ASCII);
        if (!Secrets.same(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Secrets.decodeUuid(body.substring(PREFIX.length())).map(BadgeId::new);
    }

    @Override
    public String toString() {
        return "BadgeSigner[key hidden]";
    }
}
