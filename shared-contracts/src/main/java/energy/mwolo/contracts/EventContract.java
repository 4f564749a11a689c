package energy.mwolo.contracts;

import java.util.Objects;

/**
 * One event type at one version: where it is published, how it is named in CloudEvents headers and which
 * JSON Schema describes its payload. Every name is derived from these fields, never from Java class names.
 */
public record EventContract<T>(String module, String aggregateType, String name, int version, Class<T> payloadType)
        implements MessageContract<T> {

    public EventContract {
        requireNonBlank(module, "module");
        requireNonBlank(aggregateType, "aggregateType");
        requireNonBlank(name, "name");
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more, was " + version);
        }
        Objects.requireNonNull(payloadType, "payloadType");
    }

    /** The Kafka topic, for example {@code geo.agency.events}. */
    @Override
    public String topic() {
        return module + "." + aggregateType + ".events";
    }

    /** The {@code ce_type} header, for example {@code geo.AgencyOpened}. */
    public String type() {
        return module + "." + name;
    }

    /** The {@code ce_source} header: the publishing service. */
    public String source() {
        return module + "-service";
    }

    /** The {@code ce_dataschema} header and the schema's {@code $id}. */
    @Override
    public String dataSchema() {
        return "urn:mwolo:schema:" + type() + ":v" + version;
    }

    private static void requireNonBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
