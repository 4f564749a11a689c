package energy.mwolo.audit.log.application;

import energy.mwolo.audit.log.model.Payload;
import java.util.List;

/** Tells valid JSON from the rest, the way the log's store will keep it. */
public interface JsonPayloads {

    /** One payload per value, same order: JSON as stored, anything else raw, {@code null} values absent. */
    List<Payload> classify(List<byte[]> values);
}
