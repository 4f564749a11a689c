package energy.mwolo.contracts;

/** Kafka topic names shared by producers and consumers (ARCHITECTURE.md §4). */
public final class Topics {

    public static final String GEO_AGENCY_EVENTS = "geo.agency.events";
    /** Accounts: registrations, changes, sign-ins and lockouts (identity-service). */
    public static final String IDENTITY_USER_EVENTS = "identity.user.events";
    /** Readings published by meters. */
    public static final String IOT_METER_READINGS = "iot.meter-readings";
    /** Commands sent to meters. */
    public static final String IOT_METER_COMMANDS = "iot.meter-commands";

    private Topics() {
    }

    /** Where a consumer parks a message that still fails after its retries. */
    public static String deadLetter(String topic) {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("topic must not be blank");
        }
        return topic + ".dlt";
    }
}
