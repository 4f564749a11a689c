package energy.mwolo.mobilemoney.simulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The HMACs providers put on their callbacks. */
final class Signatures {

    /** The prefix of a Standard Webhooks secret; the rest is the key in Base64. */
    static final String WEBHOOK_SECRET_PREFIX = "whsec_";

    private Signatures() {
    }

    /** Airtel's {@code hash}: Base64(HMAC-SHA256(secret as UTF-8, payload)). */
    static String airtelHash(String secret, String payload) {
        return base64Hmac(secret.getBytes(StandardCharsets.UTF_8), payload);
    }

    /**
     * Standard Webhooks' {@code webhook-signature}: one {@code v1,<Base64 HMAC-SHA256 over "id.timestamp.body">} per
     * secret, space-separated, so a receiver rotating its secret accepts either.
     */
    static String webhookSignature(List<String> secrets, String id, long timestamp, String body) {
        return secrets.stream()
                .map(secret -> "v1," + base64Hmac(webhookKey(secret), id + "." + timestamp + "." + body))
                .collect(Collectors.joining(" "));
    }

    /** The key of a {@code whsec_<base64>} secret. */
    static byte[] webhookKey(String secret) {
        if (!secret.startsWith(WEBHOOK_SECRET_PREFIX)) {
            throw new IllegalArgumentException("A webhook secret starts with " + WEBHOOK_SECRET_PREFIX);
        }
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring(WEBHOOK_SECRET_PREFIX.length()));
            if (key.length < 24) {
                throw new IllegalArgumentException("A webhook secret holds 24 to 64 bytes of key");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("A webhook secret is whsec_ followed by Base64 (24 to 64 bytes)", e);
        }
    }

    private static String base64Hmac(byte[] key, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
