package energy.mwolo.audit.log.application;

import energy.mwolo.audit.log.model.EventLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The largest header and payload the log keeps whole ({@link EventLimits}).
 *
 * @param headerBytes  event id, type, source, subject and actor, in UTF-8 bytes (64 to 1024; default 512)
 * @param payloadBytes the record's value, in bytes (at least 1024; default 256 KiB)
 */
@ConfigurationProperties("mwolo.audit.limits")
public record LimitSettings(Integer headerBytes, Integer payloadBytes) {

    public LimitSettings {
        headerBytes = headerBytes == null ? 512 : headerBytes;
        payloadBytes = payloadBytes == null ? 256 * 1024 : payloadBytes;
    }

    public EventLimits limits() {
        return new EventLimits(headerBytes, payloadBytes);
    }
}
