package energy.mwolo.billing.mobilemoney.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Airtel's callback {@code hash}: Base64(HMAC-SHA256(secret, payload)). Sources disagree on the payload, so both are
 * supported and one is configured: {@link Payload#BODY} the body's text without its {@code hash} member (Airtel's
 * documented variant: {@code {"transaction":{...}}} exactly as sent), {@link Payload#TRANSACTION} the transaction
 * object's text as it appears in the body. The text is cut from the bytes received, never re-serialised, so the
 * comparison does not depend on how a JSON library orders or spaces members.
 */
public final class AirtelHash {

    private final byte[] secret;
    private final Payload payload;

    public AirtelHash(String secret, Payload payload) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.payload = payload;
    }

    /** True when {@code hash} is the HMAC of the configured payload of {@code body}. */
    public boolean verify(String body, String hash) {
        if (hash == null || hash.isBlank()) {
            return false;
        }
        String signed = payload == Payload.BODY ? withoutHash(body) : transactionText(body);
        if (signed == null) {
            return false;
        }
        byte[] expected = sign(signed);
        try {
            return MessageDigest.isEqual(expected, Base64.getDecoder().decode(hash.strip()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Base64 of the HMAC of {@code payloadText}. */
    public String hash(String payloadText) {
        return Base64.getEncoder().encodeToString(sign(payloadText));
    }

    private byte[] sign(String text) {
        return StandardWebhooks.hmac(secret, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The body up to {@code ,"hash":} closed by {@code }}: Airtel puts the hash last. */
    static String withoutHash(String body) {
        int at = body.lastIndexOf(",\"hash\"");
        return at < 0 ? null : body.substring(0, at) + "}";
    }

    /** The text of the top-level {@code transaction} object, braces balanced outside strings. */
    static String transactionText(String body) {
        int key = body.indexOf("\"transaction\"");
        int start = key < 0 ? -1 : body.indexOf('{', key);
        if (start < 0) {
            return null;
        }
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < body.length(); i++) {
            char c = body.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return body.substring(start, i + 1);
            }
        }
        return null;
    }

    public enum Payload {
        BODY, TRANSACTION
    }
}
