package energy.mwolo.contracts;

import java.util.Objects;

/**
 * One message type at one version that devices (meters, through their head-end) publish: no service owns its
 * topic and no CloudEvents headers come with it, so the topic is named here rather than derived. Its schema and
 * golden samples live under the {@code iot} module: {@code schemas/iot/MeterReading.v1.schema.json}, schema id
 * {@code urn:mwolo:schema:iot.MeterReading:v1}.
 */
public record DeviceContract<T>(String topic, String name, int version, Class<T> payloadType)
        implements MessageContract<T> {

    public static final String MODULE = "iot";

    public DeviceContract {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("topic must not be blank");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more, was " + version);
        }
        Objects.requireNonNull(payloadType, "payloadType");
    }

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public String dataSchema() {
        return "urn:mwolo:schema:" + MODULE + "." + name + ":v" + version;
    }
}
