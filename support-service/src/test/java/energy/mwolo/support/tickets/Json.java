package energy.mwolo.support.tickets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reads an event's payload as the relay published it. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static JsonNode read(String json) {
        return MAPPER.readTree(json);
    }
}
