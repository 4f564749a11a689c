package energy.mwolo.contracts;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Validates payloads against a contract's JSON Schema, the way a consumer's contract test would. */
public final class ContractSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // Draft 2020-12 treats "format" as an annotation only; uuid, date-time and email must be asserted.
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private ContractSchemas() {
    }

    public static Set<ValidationMessage> violations(MessageContract<?> contract, String json) {
        JsonSchema schema = FACTORY.getSchema(ClasspathResources.text(contract.schemaResource()), CONFIG);
        return schema.validate(json, InputFormat.JSON);
    }

    public static Set<ValidationMessage> violations(MessageContract<?> contract, JsonNode payload) {
        return violations(contract, ContractJson.mapper().writeValueAsString(payload));
    }

    public static JsonNode document(MessageContract<?> contract) {
        return ContractJson.mapper().readTree(ClasspathResources.text(contract.schemaResource()));
    }

    public static List<String> requiredProperties(MessageContract<?> contract) {
        return document(contract).get("required").valueStream().map(JsonNode::asString).toList();
    }

    public static Set<String> properties(MessageContract<?> contract) {
        return Set.copyOf(document(contract).get("properties").propertyNames());
    }
}
