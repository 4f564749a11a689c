package energy.mwolo.contracts.asyncapi;

import energy.mwolo.contracts.CloudEventHeaders;
import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.ContractSchemas;
import energy.mwolo.contracts.DeviceContract;
import energy.mwolo.contracts.EventContract;
import energy.mwolo.contracts.GoldenSamples;
import energy.mwolo.contracts.MessageContract;
import energy.mwolo.contracts.Topics;
import energy.mwolo.contracts.services.KafkaAccess;
import energy.mwolo.contracts.services.KafkaUsers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The AsyncAPI 3.0 document of the platform's Kafka topics, made from shared-contracts alone: a channel per topic,
 * its messages (each contract's JSON Schema as payload, its golden sample as example, the CloudEvents headers of
 * domain events, the Kafka key), who sends and who receives (the Kafka users' ACLs, {@link KafkaUsers}). The
 * payloads are the contracts' JSON Schemas (draft 2020-12) as they are, which AsyncAPI's default schema format reads.
 * The committed {@code asyncapi/mwolo.asyncapi.json} is this document; {@code AsyncApiDocumentTest} keeps them equal.
 */
public final class AsyncApiDocument {

    static final String RESOURCE = "asyncapi/mwolo.asyncapi.json";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AsyncApiDocument() {
    }

    public static ObjectNode build(List<MessageContract<?>> contracts) {
        ObjectNode document = JSON.objectNode();
        document.put("asyncapi", "3.0.0");
        ObjectNode info = document.putObject("info");
        info.put("title", "Mwolo Energy: events and device messages");
        info.put("version", "1.0.0");
        info.put("description", """
                The Kafka topics of the Mwolo Energy platform. Services publish their domain events through a \
                transactional outbox: one topic per aggregate (`<module>.<aggregate>.events`), keyed by the \
                aggregate's id, the payload JSON in snake_case with CloudEvents headers (`ce_type` names the event \
                and its version is in `ce_dataschema`). Meter head-ends publish readings and events on `iot.*` topics \
                keyed by meter number, without CloudEvents headers, and receive commands on `iot.meter-commands`. \
                Readers ignore fields they do not know: adding an optional field keeps a message's version, \
                anything else is a new version published beside the old one. A message a consumer cannot process \
                goes to `<topic>.dlt`.""");
        document.put("defaultContentType", CloudEventHeaders.JSON);
        ObjectNode servers = document.putObject("servers");
        ObjectNode kafka = servers.putObject("kafka");
        kafka.put("host", "kafka:9092");
        kafka.put("protocol", "kafka");
        kafka.put("description", "The platform's brokers. Every client signs in with SASL SCRAM-SHA-512 as its own "
                + "user (a service, or `meters` for head-ends), whose ACLs allow exactly the sends and receives "
                + "listed here.");
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode messages = document.putObject("components").putObject("messages");
        document.withObject("components").set("messageTraits", JSON.objectNode()
                .set("cloudEvents", JSON.objectNode().set("headers", cloudEventsHeaders())));
        for (Map.Entry<String, List<MessageContract<?>>> topic : byTopic(contracts).entrySet()) {
            String name = topic.getKey();
            ObjectNode channel = channels.putObject(name);
            channel.put("address", name);
            channel.put("description", describe(name, topic.getValue().get(0)));
            ObjectNode channelMessages = channel.putObject("messages");
            ArrayNode references = JSON.arrayNode();
            for (MessageContract<?> contract : topic.getValue()) {
                String id = messageId(contract);
                messages.set(id, message(contract));
                channelMessages.putObject(id).put("$ref", "#/components/messages/" + id);
                references.addObject().put("$ref", "#/channels/" + escape(name) + "/messages/" + id);
            }
            for (String sender : senders(name, topic.getValue().get(0))) {
                operations.set(sender + ".sends." + name, operation("send", name, references,
                        sender + " publishes to " + name + "."));
            }
            for (String receiver : receivers(name)) {
                operations.set(receiver + ".receives." + name, operation("receive", name, references,
                        receiver + " consumes " + name + "."));
            }
        }
        return document;
    }

    private static Map<String, List<MessageContract<?>>> byTopic(List<MessageContract<?>> contracts) {
        Map<String, List<MessageContract<?>>> topics = new LinkedHashMap<>();
        for (MessageContract<?> contract : contracts) {
            topics.computeIfAbsent(contract.topic(), topic -> new ArrayList<>()).add(contract);
        }
        return topics;
    }

    private static String describe(String topic, MessageContract<?> first) {
        if (first instanceof EventContract<?> event) {
            return "Domain events of " + event.source() + " about its " + event.aggregateType().replace('_', ' ')
                    + " aggregates, keyed by the aggregate's id; dead letters on " + Topics.deadLetter(topic) + ".";
        }
        return topic.equals(Topics.IOT_METER_COMMANDS)
                ? "Commands to meters (relay disconnect and reconnect), keyed by meter number; the meter "
                        + "acknowledges on " + Topics.IOT_METER_EVENTS + " with the command's id."
                : "Messages of meters through their head-ends, keyed by meter number; one a service cannot read "
                        + "goes to " + Topics.deadLetter(topic) + " with the reason.";
    }

    private static ObjectNode message(MessageContract<?> contract) {
        ObjectNode message = JSON.objectNode();
        message.put("name", contract.name());
        message.put("title", contract.name() + " v" + contract.version());
        message.put("contentType", CloudEventHeaders.JSON);
        JsonNode schema = ContractSchemas.document(contract);
        if (schema.hasNonNull("description")) {
            message.put("summary", firstSentence(schema.get("description").asString()));
        }
        message.put("description", "Schema " + contract.dataSchema() + ".");
        if (contract instanceof EventContract<?> event) {
            message.putArray("traits").addObject().put("$ref", "#/components/messageTraits/cloudEvents");
            message.set("headers", JSON.objectNode().put("type", "object")
                    .set("properties", JSON.objectNode()
                            .set(CloudEventHeaders.TYPE, JSON.objectNode().put("const", event.type()))
                            .set(CloudEventHeaders.DATA_SCHEMA, JSON.objectNode().put("const", event.dataSchema()))));
            ((ObjectNode) message.get("headers").get("properties")).set(CloudEventHeaders.SOURCE,
                    JSON.objectNode().put("const", event.source()));
        }
        message.set("payload", schema);
        message.putObject("bindings").putObject("kafka").set("key", JSON.objectNode().put("type", "string")
                .put("description", key(contract)));
        ObjectNode example = JSON.objectNode();
        example.put("name", "golden-sample");
        if (contract instanceof EventContract<?> event) {
            example.set("headers", JSON.objectNode().put(CloudEventHeaders.TYPE, event.type())
                    .put(CloudEventHeaders.SOURCE, event.source())
                    .put(CloudEventHeaders.DATA_SCHEMA, event.dataSchema())
                    .put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE)
                    .put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
        }
        example.set("payload", ContractJson.mapper().readTree(GoldenSamples.text(contract)));
        message.putArray("examples").add(example);
        return message;
    }

    private static String key(MessageContract<?> contract) {
        if (contract instanceof EventContract<?> event) {
            return "The " + event.aggregateType().replace('_', ' ') + "'s id (UUID), so that one aggregate's "
                    + "events stay in order on one partition.";
        }
        return "The meter number, so that one meter's messages stay in order on one partition.";
    }

    /** The CloudEvents headers every domain event carries (Kafka protocol binding, binary mode). */
    private static ObjectNode cloudEventsHeaders() {
        ObjectNode headers = JSON.objectNode().put("type", "object");
        ObjectNode properties = headers.putObject("properties");
        header(properties, CloudEventHeaders.SPEC_VERSION, "CloudEvents version: 1.0.");
        header(properties, CloudEventHeaders.ID, "The event's id (UUID): consumers skip one they already processed.");
        header(properties, CloudEventHeaders.TYPE, "`<module>.<EventName>`.");
        header(properties, CloudEventHeaders.SOURCE, "The service that published it.");
        header(properties, CloudEventHeaders.TIME, "When it happened (ISO-8601, UTC).");
        header(properties, CloudEventHeaders.DATA_SCHEMA, "The payload's schema and version: "
                + "`urn:mwolo:schema:<type>:v<n>`.");
        header(properties, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON + ".");
        header(properties, CloudEventHeaders.SUBJECT, "The aggregate's id, when there is one.");
        header(properties, CloudEventHeaders.TRACEPARENT, "W3C trace context of the request that caused it.");
        header(properties, CloudEventHeaders.ACTOR, "The user who caused it, when one did.");
        header(properties, CloudEventHeaders.REQUEST_ID, "The gateway's request id, when a request caused it.");
        ArrayNode required = headers.putArray("required");
        for (String name : List.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID, CloudEventHeaders.TYPE,
                CloudEventHeaders.SOURCE, CloudEventHeaders.TIME, CloudEventHeaders.DATA_SCHEMA)) {
            required.add(name);
        }
        return headers;
    }

    private static void header(ObjectNode properties, String name, String description) {
        properties.putObject(name).put("type", "string").put("description", description);
    }

    private static ObjectNode operation(String action, String channel, ArrayNode messages, String summary) {
        ObjectNode operation = JSON.objectNode();
        operation.put("action", action);
        operation.putObject("channel").put("$ref", "#/channels/" + escape(channel));
        operation.put("summary", summary);
        operation.set("messages", messages.deepCopy());
        return operation;
    }

    /** Who may write the topic, besides the audit service's dead letters: its service, or the meters. */
    private static List<String> senders(String topic, MessageContract<?> first) {
        if (first instanceof EventContract<?> event) {
            return List.of(event.source());
        }
        List<String> senders = new ArrayList<>();
        for (KafkaAccess access : KafkaUsers.all()) {
            if (access.mayWrite(topic)) {
                senders.add(name(access));
            }
        }
        return senders;
    }

    private static List<String> receivers(String topic) {
        List<String> receivers = new ArrayList<>();
        for (KafkaAccess access : KafkaUsers.all()) {
            if (access.mayRead(topic)) {
                receivers.add(name(access));
            }
        }
        return receivers;
    }

    /** A Kafka user as people know it: {@code billing-service}, or {@code meters} (the head-ends). */
    private static String name(KafkaAccess access) {
        return access.user().equals(KafkaUsers.METERS.user()) ? "meters" : access.user() + "-service";
    }

    static String messageId(MessageContract<?> contract) {
        return contract instanceof DeviceContract<?> ? "iot." + contract.name() + ".v" + contract.version()
                : ((EventContract<?>) contract).type() + ".v" + contract.version();
    }

    /** A JSON Pointer reference token: {@code /} and {@code ~} escaped. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
