package energy.mwolo.gateway.ratelimit;

import java.util.Locale;
import org.springframework.core.io.buffer.DataBuffer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The account a login attempt is for: {@code email} or {@code username} in the JSON body, case-insensitive. */
final class LoginAccount {

    /** A login body is a few hundred bytes; anything much larger is not worth parsing to find the account. */
    private static final int MAX_PARSED = 16 * 1024;

    private final JsonMapper json;

    LoginAccount(JsonMapper json) {
        this.json = json;
    }

    /** The account named by the body, or null when there is none to find. */
    String of(DataBuffer body) {
        if (body == null || body.readableByteCount() == 0 || body.readableByteCount() > MAX_PARSED) {
            return null;
        }
        byte[] bytes = new byte[body.readableByteCount()];
        body.toByteBuffer(body.readPosition(), java.nio.ByteBuffer.wrap(bytes), 0, bytes.length);
        try {
            JsonNode root = json.readTree(bytes);
            String account = text(root, "email");
            return account != null ? account : text(root, "username");
        } catch (JacksonException e) {
            return null; // the service answers 400 for broken JSON; the per-address limit still applies
        }
    }

    private static String text(JsonNode root, String field) {
        JsonNode value = root == null ? null : root.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            return null;
        }
        return value.asString().trim().toLowerCase(Locale.ROOT);
    }
}
