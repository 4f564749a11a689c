package energy.mwolo.contracts;

/** Kafka header names of CloudEvents 1.0 binary mode, plus the tracing headers that travel with every event. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    /** The aggregate id, also used as the message key. */
    public static final String SUBJECT = "ce_subject";
    public static final String DATA_SCHEMA = "ce_dataschema";
    public static final String CONTENT_TYPE = "content-type";
    public static final String TRACEPARENT = "traceparent";
    /** CloudEvents extension attribute {@code actor}: the user id behind the event, {@code anonymous} or {@code system}. */
    public static final String ACTOR = "ce_actor";
    public static final String REQUEST_ID = "x-request-id";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
