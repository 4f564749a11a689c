package energy.mwolo.platformtest.archfixture.bad.billing.model;

import tools.jackson.databind.JsonNode;

/** A model that reads JSON with Jackson 3. */
public class JacksonAwareModel {

    public String number(JsonNode json) {
        return json.path("number").asString();
    }
}
