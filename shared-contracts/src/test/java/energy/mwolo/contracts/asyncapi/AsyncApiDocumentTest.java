package energy.mwolo.contracts.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import energy.mwolo.contracts.ClasspathResources;
import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.ContractSchemas;
import energy.mwolo.contracts.Contracts;
import energy.mwolo.contracts.MessageContract;
import energy.mwolo.contracts.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;

/**
 * The committed AsyncAPI document is the one the contracts make (regenerate it with
 * {@code -Dmwolo.asyncapi.write=true}), is valid AsyncAPI 3.0.0 (the specification's own JSON Schema, vendored
 * under {@code asyncapi-spec/}), covers every contract topic with who sends and who receives, and each message's
 * example, its golden sample, is valid against its payload schema.
 */
class AsyncApiDocumentTest {

    private static final Path COMMITTED = Path.of("src/main/resources", AsyncApiDocument.RESOURCE);

    private final JsonNode document = AsyncApiDocument.build(Contracts.messages());

    @Test
    void theCommittedDocumentIsTheOneTheContractsMake() throws IOException {
        String made = ContractJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(document) + "\n";
        if (Boolean.getBoolean("mwolo.asyncapi.write")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, made, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("%s is stale: regenerate it with -Dmwolo.asyncapi.write=true", COMMITTED)
                .isEqualTo(made);
    }

    @Test
    void theDocumentIsValidAsyncApi300() {
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(ClasspathResources.text("asyncapi-spec/asyncapi-3.0.0.schema.json"));

        assertThat(schema.validate(ContractJson.mapper().writeValueAsString(document), InputFormat.JSON)).isEmpty();
    }

    @Test
    void everyContractTopicIsAChannelWithItsMessagesASenderAndTheAuditLogAmongItsReceivers() {
        Set<String> topics = Contracts.messages().stream().map(MessageContract::topic).collect(Collectors.toSet());

        assertThat(document.path("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(document.path("channels").propertyNames()).containsExactlyInAnyOrderElementsOf(topics);
        assertThat(document.path("components").path("messages").propertyNames())
                .hasSize(Contracts.messages().size())
                .contains("geo.AgencyOpened.v1", "billing.PaymentReceived.v1", "iot.MeterReading.v1");
        for (String topic : topics) {
            List<String> operations = document.path("operations").propertyNames().stream()
                    .filter(name -> document.path("operations").path(name).path("channel").path("$ref").asString()
                            .equals("#/channels/" + topic))
                    .toList();
            assertThat(operations).as(topic).anyMatch(name -> name.contains(".sends."))
                    .contains("audit-service.receives." + topic);
        }
        assertThat(document.path("operations").has("meters.sends." + Topics.IOT_METER_READINGS)).isTrue();
        assertThat(document.path("operations").has("operations-service.receives." + Topics.IOT_METER_READINGS))
                .isTrue();
        assertThat(document.path("operations").has("operations-service.sends." + Topics.IOT_METER_COMMANDS))
                .isTrue();
        assertThat(document.path("operations").has("meters.receives." + Topics.IOT_METER_COMMANDS)).isTrue();
        assertThat(document.path("operations").has("billing-service.receives." + Topics.CRM_CONTRACT_EVENTS))
                .isTrue();
    }

    @Test
    void eachMessageSaysItsKeyAndHeadersAndItsExampleIsValidAgainstItsPayload() {
        for (MessageContract<?> contract : Contracts.messages()) {
            JsonNode message = document.path("components").path("messages").path(AsyncApiDocument.messageId(contract));
            JsonNode example = message.path("examples").get(0).path("payload");

            assertThat(ContractSchemas.violations(contract, example)).as(contract.name()).isEmpty();
            assertThat(message.path("payload").path("$id").asString()).isEqualTo(contract.dataSchema());
            assertThat(message.path("bindings").path("kafka").path("key").path("description").asString())
                    .isNotBlank();
            boolean device = contract.topic().startsWith("iot.");
            assertThat(message.has("traits")).as("CloudEvents headers on %s", contract.name()).isEqualTo(!device);
        }
        JsonNode traits = document.path("components").path("messageTraits").path("cloudEvents").path("headers");
        assertThat(traits.path("required").valueStream().map(JsonNode::asString))
                .contains("ce_id", "ce_type", "ce_source", "ce_dataschema");
    }
}
