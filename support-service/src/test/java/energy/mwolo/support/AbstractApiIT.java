package energy.mwolo.support;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.crm.ClientRegistered;
import energy.mwolo.contracts.crm.SiteRegistered;
import energy.mwolo.contracts.geo.AgencyOpened;
import energy.mwolo.contracts.geo.HolidayDeclared;
import energy.mwolo.contracts.geo.WorkingHoursChanged;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.platform.calendar.WorkingCalendar;
import energy.mwolo.embedded.notifications.SmsSimulator;
import energy.mwolo.embedded.notifications.SmtpCatcher;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.ServiceEvents;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context every integration test shares: the service on a random port, with the JVM's shared
 * PostgreSQL and Kafka broker (platform-test), an SMTP catcher ({@link #MAIL}) and an SMS gateway ({@link #SMS}), its clock settable
 * ({@link TestClock}), the SLA checked and reply notices sent every second. Geo's events, published once as geo's relay would, give one agency in the DR Congo working Monday to
 * Friday, 08:00 to 16:00, with the country's holiday of 30 June.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {SupportApplication.class, AbstractApiIT.Clocks.class},
        properties = "mwolo.support.sla.check-interval=1s")
public abstract class AbstractApiIT {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    protected static final Duration WAIT = Duration.ofSeconds(60);
    /** The agency of every test client. */
    protected static final UUID AGENCY = UUID.randomUUID();
    /** The SMTP server the service mails to, one for the JVM on a free loopback port. */
    protected static final SmtpCatcher MAIL = SmtpCatcher.start();
    /** The SMS gateway the service texts through, one for the JVM. */
    protected static final SmsSimulator SMS = SmsSimulator.start();
    private static volatile boolean geoAnnounced;

    @LocalServerPort
    private int port;

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected TestClock clock;

    @Autowired
    private WorkingCalendar calendar;

    protected Api api;

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", MAIL::smtpPort);
        registry.add("mwolo.support.notifications.send-interval", () -> "1s");
        registry.add("mwolo.sms.base-url", SMS::baseUrl);
    }

    @BeforeEach
    void connectToTheService() {
        api = new Api("http://localhost:" + port).heldToItsDocument();
        announceGeoOnce();
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    protected String bootstrapServers() {
        return bootstrapServers;
    }

    /** A client of the test agency, as crm announces it; answers once support knows it. */
    protected UUID registerClient() {
        return registerClient(AGENCY);
    }

    /** A client filed at {@code agency}; answers once support knows it. */
    protected UUID registerClient(UUID agency) {
        return registerClient(UUID.randomUUID(), agency);
    }

    /** The client {@code client} filed at {@code agency}; answers once support knows it. */
    protected UUID registerClient(UUID client, UUID agency) {
        try (ServiceEvents crm = ServiceEvents.as(bootstrapServers, ServiceCatalogue.CRM)) {
            crm.publish(ClientRegistered.CONTRACT, client, new ClientRegistered(client, "CL-2026-" + String.format(
                    "%06d", Math.abs(client.hashCode() % 1_000_000)), "individual", "Mado", "Kabeya", "Ilunga", null,
                    client + "@example.cd", "+243810000000", agency, "active", "fr", null, Instant.now()));
        }
        Awaitility.await().atMost(WAIT).until(() ->
                jdbc.sql("select count(*) from read_clients where id = ?").param(client).query(Long.class).single()
                        == 1);
        return client;
    }

    /** A site of the client, as crm announces it; answers once support knows it. */
    protected UUID registerSite(UUID client) {
        UUID site = UUID.randomUUID();
        try (ServiceEvents crm = ServiceEvents.as(bootstrapServers, ServiceCatalogue.CRM)) {
            crm.publish(SiteRegistered.CONTRACT, site, new SiteRegistered(site, "SITE-000001", client, "Maison",
                    "residential", false, true, "12 avenue de la Paix", null, null, Instant.now()));
        }
        Awaitility.await().atMost(WAIT).until(() ->
                jdbc.sql("select count(*) from read_sites where id = ?").param(site).query(Long.class).single() == 1);
        return site;
    }

    /** A POST as every client of this API sends it: with a fresh Idempotency-Key. */
    protected Api.Reply post(String path, Object body, String token) {
        return api.post(path, body).as(token).header(IDEMPOTENCY_KEY, UUID.randomUUID().toString()).send();
    }

    protected Api.Reply get(String path, String token) {
        return api.get(path).as(token).send();
    }

    /** Opens a ticket and answers its id; 201 expected. */
    protected UUID open(String token, Map<String, Object> body) {
        Api.Reply reply = post("/api/support/tickets/", body, token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return UUID.fromString(reply.json().path("id").asString());
    }

    protected static Map<String, Object> ticket(String category, String priority) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("category", category, "subject",
                "Problème " + category, "description", "Depuis ce matin."));
        if (priority != null) {
            body.put("priority", priority);
        }
        return body;
    }

    private synchronized void announceGeoOnce() {
        if (geoAnnounced) {
            return;
        }
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        try (ServiceEvents geo = ServiceEvents.as(bootstrapServers, ServiceCatalogue.GEO)) {
            geo.publish(AgencyOpened.CONTRACT, AGENCY, new AgencyOpened(AGENCY, "AG-KN-002", "Agence de Gombe",
                    UUID.randomUUID(), "KN", "CD", null, null, null, null, null, null, null, null, true, at));
            geo.publish(WorkingHoursChanged.CONTRACT, WorkingHoursChanged.DEFAULT_KEY, new WorkingHoursChanged(null,
                    "Africa/Kinshasa", Arrays.stream(DayOfWeek.values()).limit(5)
                    .map(day -> new WorkingHoursChanged.Interval(day.name().toLowerCase(Locale.ROOT),
                            LocalTime.of(8, 0), LocalTime.of(16, 0))).toList(), at));
            UUID independence = UUID.randomUUID();
            geo.publish(HolidayDeclared.CONTRACT, independence, new HolidayDeclared(independence, "CD",
                    HolidayDeclared.RECURRING, 6, 30, 2023, null, "Fête de l’indépendance", "Independence Day",
                    java.util.List.of(), at));
        }
        Awaitility.await().atMost(WAIT).ignoreExceptions().untilAsserted(() ->
                assertThat(calendar.workingDaysBetween(AGENCY, LocalDate.of(2026, 6, 29), LocalDate.of(2026, 7, 3)))
                        .isEqualTo(4));
        geoAnnounced = true;
    }
}
