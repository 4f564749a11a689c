package energy.mwolo.billing.mobilemoney.model;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a Standard Webhooks signature: {@code webhook-signature} holds space-separated {@code v1,<base64>}
 * signatures, each an HMAC-SHA256 over {@code "<webhook-id>.<webhook-timestamp>.<body>"} with the key decoded from a
 * {@code whsec_<base64>} secret. One valid signature under any of the secrets is enough (secret rotation); the
 * timestamp must be within the tolerance of now either way, so a captured callback cannot be replayed later.
 */
public final class StandardWebhooks {

    private static final String SECRET_PREFIX = "whsec_";

    private final List<byte[]> keys;
    private final Duration tolerance;

    public StandardWebhooks(List<String> secrets, Duration tolerance) {
        this.keys = new ArrayList<>();
        for (String secret : secrets) {
            String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
            keys.add(Base64.getDecoder().decode(encoded));
        }
        this.tolerance = tolerance;
    }

    /** What is wrong with a callback's signature headers, or {@link Check#VALID}. */
    public Check verify(String id, String timestamp, String signatures, byte[] body, Instant now) {
        if (blank(id) || blank(timestamp) || blank(signatures)) {
            return Check.MISSING;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return Check.MISSING;
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(tolerance) > 0) {
            return Check.STALE;
        }
        byte[] signed = signedContent(id, timestamp.strip(), body);
        for (byte[] key : keys) {
            byte[] expected = hmac(key, signed);
            for (String signature : signatures.strip().split(" +")) {
                if (signature.startsWith("v1,") && matches(expected, signature.substring(3))) {
                    return Check.VALID;
                }
            }
        }
        return Check.INVALID;
    }

    /** The signature a sender makes: for tests and the simulator's peers. */
    public static String sign(String secret, String id, String timestamp, byte[] body) {
        byte[] key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
        return "v1," + Base64.getEncoder().encodeToString(hmac(key, signedContent(id, timestamp, body)));
    }

    private static boolean matches(byte[] expected, String base64) {
        try {
            return MessageDigest.isEqual(expected, Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] signedContent(String id, String timestamp, byte[] body) {
        byte[] prefix = (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, content, 0, prefix.length);
        System.arraycopy(body, 0, content, prefix.length, body.length);
        return content;
    }

    static byte[] hmac(byte[] key, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public enum Check {
        VALID, MISSING, STALE, INVALID
    }
}
