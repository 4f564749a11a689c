package energy.mwolo.hr;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.geo.AgencyOpened;
import energy.mwolo.contracts.geo.HolidayDeclared;
import energy.mwolo.contracts.geo.WorkingHoursChanged;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.platform.calendar.WorkingCalendar;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.ServiceEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one Spring context every integration test shares: the service on a random port, with the JVM's shared
 * PostgreSQL and Kafka broker (platform-test). Geo's events, published once as geo's relay would, give one agency in
 * the DR Congo working Monday to Friday, with the country's holidays of 30 June and 1 August.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "mwolo.hr.badges.signing-key=" + AbstractApiIT.BADGE_KEY)
public abstract class AbstractApiIT {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** The badge signing key of the tests (Base64 of 32 bytes). */
    public static final String BADGE_KEY = "dGVzdC1iYWRnZS1rZXktb2YtdGhpcnR5LXR3by1ieXQ=";
    /** The agency every test employee works at. */
    protected static final UUID AGENCY = UUID.randomUUID();
    private static volatile boolean geoAnnounced;

    @LocalServerPort
    private int port;

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private WorkingCalendar calendar;

    protected Api api;

    @BeforeEach
    void connectToTheService() {
        api = new Api("http://localhost:" + port).heldToItsDocument();
        announceGeoOnce();
    }

    protected String bootstrapServers() {
        return bootstrapServers;
    }

    private synchronized void announceGeoOnce() {
        if (geoAnnounced) {
            return;
        }
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        try (ServiceEvents geo = ServiceEvents.as(bootstrapServers, ServiceCatalogue.GEO)) {
            geo.publish(AgencyOpened.CONTRACT, AGENCY, new AgencyOpened(AGENCY, "AG-KN-001", "Agence de Limete",
                    UUID.randomUUID(), "KN", "CD", null, null, null, null, null, null, null, null, true, at));
            geo.publish(WorkingHoursChanged.CONTRACT, WorkingHoursChanged.DEFAULT_KEY, new WorkingHoursChanged(null,
                    "Africa/Kinshasa", List.of("monday", "tuesday", "wednesday", "thursday", "friday").stream()
                    .map(day -> new WorkingHoursChanged.Interval(day, LocalTime.of(8, 0), LocalTime.of(16, 0)))
                    .toList(), at));
            for (int[] day : new int[][] {{6, 30}, {8, 1}}) {
                UUID holiday = UUID.randomUUID();
                geo.publish(HolidayDeclared.CONTRACT, holiday, new HolidayDeclared(holiday, "CD",
                        HolidayDeclared.RECURRING, day[0], day[1], 2023, null, "Jour férié", "Holiday", List.of(),
                        at));
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                assertThat(calendar.workingDaysBetween(AGENCY, LocalDate.of(2026, 6, 29), LocalDate.of(2026, 7, 3)))
                        .isEqualTo(4));
        geoAnnounced = true;
    }

    /** A POST as every client of this API sends it: with a fresh Idempotency-Key. */
    protected Api.Reply post(String path, Object body, String token) {
        return api.post(path, body).as(token).header(IDEMPOTENCY_KEY, UUID.randomUUID().toString()).send();
    }

    /** Hires an employee at the test agency, as HR, and answers its id. */
    protected UUID hire(Map<String, Object> body) {
        Api.Reply reply = post("/api/hr/employees/", body, Tokens.hr());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return UUID.fromString(reply.json().path("id").asString());
    }

    protected UUID hire() {
        return hire(Bodies.employee());
    }

    protected UUID hireUnder(UUID manager) {
        Map<String, Object> body = Bodies.employee();
        body.put("manager", manager.toString());
        return hire(body);
    }
}
