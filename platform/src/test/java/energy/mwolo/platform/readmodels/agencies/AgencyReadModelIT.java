package energy.mwolo.platform.readmodels.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.geo.AgencyClosed;
import energy.mwolo.contracts.geo.AgencyOpened;
import energy.mwolo.contracts.geo.AgencyUpdated;
import energy.mwolo.platform.probe.AbstractProbeIT;
import energy.mwolo.platform.probe.AgencyChanges;
import energy.mwolo.platform.probe.FailedDeliveries;
import energy.mwolo.platform.probe.ProbeEvents;
import energy.mwolo.platformtest.KafkaEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The agency read model a service switches on, fed by geo.agency.events on the real broker. */
class AgencyReadModelIT extends AbstractProbeIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant OPENING = Instant.parse("2026-03-02T07:30:00Z");

    @Autowired
    private Agencies agencies;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private FailedDeliveries failures;

    @Autowired
    private AgencyChanges changes;

    private ProbeEvents geo;

    @BeforeEach
    void connect() {
        geo = new ProbeEvents(bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        geo.close();
    }

    @Test
    void anAgencyGeoOpenedIsKnownAndOpenThenClosedOnceGeoClosesIt() {
        UUID agency = UUID.randomUUID();

        publish(opened(agency, "AG-KN-101", OPENING));
        Awaitility.await().atMost(WAIT).until(() -> agencies.isOpen(agency));
        assertThat(agencies.find(agency)).contains(new Agency(agency, "AG-KN-101", "Agence AG-KN-101", true, null, null, null, null));

        publish(new AgencyClosed(agency, "AG-KN-101", OPENING.plus(1, ChronoUnit.DAYS)));
        Awaitility.await().atMost(WAIT).until(() -> !agencies.isOpen(agency));
        assertThat(agencies.exists(agency)).isTrue();
        assertThat(agencies.find(agency).orElseThrow().active()).isFalse();
    }

    @Test
    void anAgencysAddressAndContactsAreKeptAndItIsListedAmongTheOpenOnesUntilItCloses() {
        UUID agency = UUID.randomUUID();
        publish(new AgencyOpened(agency, "AG-KN-104", "Agence de Limete", UUID.randomUUID(), "KN", "CD", null,
                "12, avenue Kabambare, Limete, Kinshasa", "+243810000104", "limete@mwolo.energy", null, null, null,
                null, true, OPENING));
        Awaitility.await().atMost(WAIT).until(() -> agencies.isOpen(agency));

        assertThat(agencies.find(agency).orElseThrow()).isEqualTo(new Agency(agency, "AG-KN-104", "Agence de Limete",
                true, "CD", "12, avenue Kabambare, Limete, Kinshasa", "+243810000104", "limete@mwolo.energy"));
        assertThat(agencies.open()).extracting(Agency::id).contains(agency);
        assertThat(changes.of(agency)).isEqualTo(1);

        publish(new AgencyClosed(agency, "AG-KN-104", OPENING.plus(1, ChronoUnit.DAYS)));
        Awaitility.await().atMost(WAIT).until(() -> !agencies.isOpen(agency));
        assertThat(agencies.open()).extracting(Agency::id).doesNotContain(agency);
        assertThat(changes.of(agency)).isEqualTo(2);
    }

    @Test
    void theAgencysCountryIsKeptAndANewerEventWithoutOneDoesNotForgetIt() {
        UUID agency = UUID.randomUUID();
        publish(new AgencyOpened(agency, "AG-KN-103", "Agence AG-KN-103", UUID.randomUUID(), "KN", "CD", null, null,
                null, null, null, null, null, null, true, OPENING));
        Awaitility.await().atMost(WAIT).until(() -> agencies.isOpen(agency));
        assertThat(agencies.find(agency).orElseThrow().countryCode()).isEqualTo("CD");

        UUID renamed = publish(updated(agency, "AG-KN-103", OPENING.plus(1, ChronoUnit.HOURS)));
        Awaitility.await().atMost(WAIT).until(() -> inboxRows(renamed) == 1);

        assertThat(agencies.find(agency).orElseThrow())
                .isEqualTo(new Agency(agency, "AG-KN-103", "Agence AG-KN-103 (ancien nom)", true, "CD", null, null, null));
    }

    @Test
    void anUnknownAgencyNeitherExistsNorIsOpen() {
        UUID unknown = UUID.randomUUID();

        assertThat(agencies.exists(unknown)).isFalse();
        assertThat(agencies.isOpen(unknown)).isFalse();
        assertThat(agencies.find(unknown)).isEmpty();
    }

    @Test
    void aRedeliveryIsSkippedAndAnOlderEventArrivingLateChangesNothing() {
        UUID agency = UUID.randomUUID();
        UUID openedId = publish(opened(agency, "AG-KN-102", OPENING));
        publish(new AgencyClosed(agency, "AG-KN-102", OPENING.plus(1, ChronoUnit.DAYS)));
        Awaitility.await().atMost(WAIT).until(() -> agencies.exists(agency) && !agencies.isOpen(agency));

        geo.publish(openedId, AgencyOpened.CONTRACT, agency.toString(), opened(agency, "AG-KN-102", OPENING));
        UUID older = publish(updated(agency, "AG-KN-102", OPENING.plus(1, ChronoUnit.HOURS)));
        // Same key, same partition: once the older update is in the inbox, the redelivery before it was handled.
        Awaitility.await().atMost(WAIT).until(() -> inboxRows(older) == 1);

        assertThat(agencies.isOpen(agency)).as("a redelivery and an older update must not reopen it").isFalse();
        assertThat(inboxRows(openedId)).isEqualTo(1);
        assertThat(agencies.find(agency).orElseThrow().name()).isEqualTo("Agence AG-KN-102");
    }

    @Test
    void aTransientDatabaseFailureIsRetriedThenApplied() {
        UUID agency = UUID.randomUUID();
        refuseTheFirstTwoWritesOf("AG-KN-777");
        try {
            RecordMetadata where = geo.publish(UUID.randomUUID(), AgencyOpened.CONTRACT, agency.toString(),
                    opened(agency, "AG-KN-777", OPENING));

            Awaitility.await().atMost(WAIT).until(() -> agencies.isOpen(agency));
            assertThat(failures.of(where.topic(), where.partition(), where.offset())).isEqualTo(2);
            try (KafkaEvents dlt = KafkaEvents.on(bootstrapServers(), where.topic() + ".dlt")) {
                assertThat(dlt.readAll(Duration.ofSeconds(1))).noneMatch(e -> agency.toString().equals(e.key()));
            }
        } finally {
            jdbc.sql("drop trigger probe_refuse_twice on read_agencies").update();
        }
    }

    /** A trigger refusing the first two writes of that agency; the sequence is not rolled back with them. */
    private void refuseTheFirstTwoWritesOf(String code) {
        jdbc.sql("create sequence if not exists probe_refusals").update();
        jdbc.sql("select setval('probe_refusals', 1, false)").query(Long.class).single();
        jdbc.sql("""
                create or replace function probe_refuse_twice() returns trigger language plpgsql as $$
                begin
                    if new.code = '%s' and nextval('probe_refusals') <= 2 then
                        raise exception 'the database refuses this write for now';
                    end if;
                    return new;
                end
                $$""".formatted(code)).update();
        jdbc.sql("""
                create trigger probe_refuse_twice before insert or update on read_agencies
                for each row execute function probe_refuse_twice()""").update();
    }

    private UUID publish(Object event) {
        UUID id = UUID.randomUUID();
        if (event instanceof AgencyOpened opened) {
            geo.publish(id, AgencyOpened.CONTRACT, opened.agencyId().toString(), opened);
        } else if (event instanceof AgencyUpdated updated) {
            geo.publish(id, AgencyUpdated.CONTRACT, updated.agencyId().toString(), updated);
        } else {
            AgencyClosed closed = (AgencyClosed) event;
            geo.publish(id, AgencyClosed.CONTRACT, closed.agencyId().toString(), closed);
        }
        return id;
    }

    private long inboxRows(UUID eventId) {
        return jdbc.sql("select count(*) from inbox where consumer = 'probe.agencies' and event_id = ?")
                .param(eventId).query(Long.class).single();
    }

    private static AgencyOpened opened(UUID agency, String code, Instant at) {
        return new AgencyOpened(agency, code, "Agence " + code, UUID.randomUUID(), "KN", null, null, null, null,
                null, null, null, null, true, at);
    }

    private static AgencyUpdated updated(UUID agency, String code, Instant at) {
        return new AgencyUpdated(agency, code, "Agence " + code + " (ancien nom)", UUID.randomUUID(), "KN", null,
                null, null, null, null, null, null, null, true, at);
    }
}
