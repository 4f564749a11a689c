package energy.mwolo.contracts;

/**
 * What every message on a contract topic shares, whether a service's domain event ({@link EventContract}) or a
 * device's message ({@link DeviceContract}): a topic, a versioned JSON Schema and the record that reads it.
 */
public sealed interface MessageContract<T> permits EventContract, DeviceContract {

    /** The first part of the schema's name and the folder of its schema and golden samples. */
    String module();

    String name();

    int version();

    Class<T> payloadType();

    String topic();

    /** The schema's {@code $id}, for example {@code urn:mwolo:schema:iot.MeterReading:v1}. */
    String dataSchema();

    /** The classpath location of the payload's JSON Schema. */
    default String schemaResource() {
        return "schemas/" + module() + "/" + name() + ".v" + version() + ".schema.json";
    }
}
