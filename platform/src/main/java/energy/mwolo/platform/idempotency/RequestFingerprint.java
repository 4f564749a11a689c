package energy.mwolo.platform.idempotency;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What makes two requests "the same request" for one idempotency key: the SHA-256 of the method, the path, the
 * query and the body. A client that serialises the same JSON again may order keys, space or write numbers
 * differently ({@code 1.50} for {@code 1.5}), so a JSON body is hashed in a canonical form: keys sorted, no
 * insignificant whitespace, each number by its value. A body that is not JSON is hashed byte for byte.
 */
final class RequestFingerprint {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final byte SEPARATOR = 0;

    private RequestFingerprint() {
    }

    static String of(String method, String path, String query, byte[] body) {
        MessageDigest digest = sha256();
        digest.update(method.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        digest.update(SEPARATOR);
        digest.update(canonicalPath(path).getBytes(StandardCharsets.UTF_8));
        digest.update(SEPARATOR);
        digest.update(canonicalQuery(query).getBytes(StandardCharsets.UTF_8));
        digest.update(SEPARATOR);
        digest.update(canonicalBody(body));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** {@code /api/agencies} and {@code /api/agencies/} reach the same endpoint: the trailing slash is optional. */
    static String canonicalPath(String path) {
        String canonical = path;
        while (canonical.length() > 1 && canonical.endsWith("/")) {
            canonical = canonical.substring(0, canonical.length() - 1);
        }
        return canonical;
    }

    /** Parameters in name order; the order of one parameter's repeated values is kept, since it may matter. */
    static String canonicalQuery(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        String[] parameters = query.split("&");
        Arrays.sort(parameters, (a, b) -> name(a).compareTo(name(b)));
        return String.join("&", parameters);
    }

    static byte[] canonicalBody(byte[] body) {
        if (body == null || body.length == 0) {
            return new byte[0];
        }
        try {
            StringBuilder canonical = new StringBuilder(body.length);
            write(JSON.readTree(body), canonical);
            return canonical.toString().getBytes(StandardCharsets.UTF_8);
        } catch (JacksonException notJson) {
            return body;
        }
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            node.properties().forEach(property -> sorted.put(property.getKey(), property.getValue()));
            out.append('{');
            String comma = "";
            for (Map.Entry<String, JsonNode> property : sorted.entrySet()) {
                out.append(comma).append(JSON.writeValueAsString(property.getKey())).append(':');
                write(property.getValue(), out);
                comma = ",";
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            String comma = "";
            for (JsonNode item : node.values()) {
                out.append(comma);
                write(item, out);
                comma = ",";
            }
            out.append(']');
        } else if (node.isNumber()) {
            out.append(number(node.decimalValue()));
        } else {
            out.append(JSON.writeValueAsString(node));
        }
    }

    /** One text per value: {@code 1}, {@code 1.0} and {@code 1e0} agree; the scientific form keeps huge exponents short. */
    private static String number(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toString();
    }

    private static String name(String parameter) {
        int equals = parameter.indexOf('=');
        return equals < 0 ? parameter : parameter.substring(0, equals);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
