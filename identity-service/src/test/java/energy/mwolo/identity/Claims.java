package energy.mwolo.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a compact JWT's header and claims, unverified: for asserting what the service put in its tokens. */
public final class Claims {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Claims() {
    }

    public static JsonNode of(String jwt) {
        return part(jwt, 1);
    }

    public static JsonNode header(String jwt) {
        return part(jwt, 0);
    }

    private static JsonNode part(String jwt, int index) {
        String[] parts = jwt.split("\\.");
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[index]), StandardCharsets.UTF_8));
    }
}
