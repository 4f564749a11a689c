package energy.mwolo.operations.disconnections;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.billing.AccountOverdue;
import energy.mwolo.contracts.billing.AccountSettled;
import energy.mwolo.contracts.billing.MobileMoneyPaymentEnded;
import energy.mwolo.contracts.billing.MobileMoneyPaymentStarted;
import energy.mwolo.contracts.geo.AgencyOpened;
import energy.mwolo.contracts.geo.HolidayDeclared;
import energy.mwolo.contracts.geo.WorkingHoursChanged;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.operations.AbstractApiIT;
import energy.mwolo.operations.Tokens;
import energy.mwolo.operations.commands.application.RelayOrders;
import energy.mwolo.operations.disconnections.application.DecidingDisconnections;
import energy.mwolo.operations.meters.model.MeterId;
import energy.mwolo.platform.calendar.WorkingCalendar;
import energy.mwolo.platform.notifications.Email;
import energy.mwolo.platform.notifications.EmailSender;
import energy.mwolo.platform.notifications.Sms;
import energy.mwolo.platform.notifications.SmsSender;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.ServiceEvents;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The collection loop within operations: billing's reports published as billing's Kafka user, geo's calendar as
 * geo's, relay orders recorded instead of sent, and "now" placed by a test clock. Each agency is new to its test, so
 * the per-agency limit (2 an hour here) is the test's own. This context is the module's second: its outbox relay is
 * off, since two relays would contend for the one replication slot and stall the shared context's; the decisions'
 * events are read from the outbox, which the relay path of {@code meters.MeterEventsIT} covers from there on.
 */
@Import(CollectionLoopIT.Doubles.class)
@TestPropertySource(properties = {
        "mwolo.operations.disconnections.per-agency-per-hour=2",
        "mwolo.operations.disconnections.daily-cap=1000",
        "mwolo.operations.disconnections.pass-interval=PT1H",
        "mwolo.operations.disconnections.notice-interval=PT1S",
        "mwolo.outbox.relay.enabled=false"})
class CollectionLoopIT extends AbstractApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId KINSHASA = ZoneId.of("Africa/Kinshasa");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant MONDAY_TEN = kinshasa("2026-12-07T10:00");
    private static volatile boolean geoAnnounced;

    @Autowired
    private TestClock clock;
    @Autowired
    private RecordingRelay relay;
    @Autowired
    private WorkingCalendar calendar;
    @Autowired
    private DecidingDisconnections deciding;
    @Autowired
    private RecordingSms sms;
    @Autowired
    private RecordingMail mails;
    @Autowired
    private MeterRegistry meters;

    private UUID agency;

    @BeforeEach
    void aNewAgencyOnTheCompanyCalendar() {
        agency = UUID.randomUUID();
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        try (ServiceEvents geo = ServiceEvents.as(bootstrapServers(), ServiceCatalogue.GEO)) {
            geo.publish(AgencyOpened.CONTRACT, agency, new AgencyOpened(agency, "AG-" + agency.toString()
                    .substring(0, 6), "Agence de Limete", UUID.randomUUID(), "KN", "CD", null, null, null, null,
                    null, null, null, null, true, at));
            if (!geoAnnounced) {
                geo.publish(WorkingHoursChanged.CONTRACT, WorkingHoursChanged.DEFAULT_KEY, new WorkingHoursChanged(
                        null, "Africa/Kinshasa", List.of("monday", "tuesday", "wednesday", "thursday", "friday")
                        .stream().map(day -> new WorkingHoursChanged.Interval(day, LocalTime.of(8, 0),
                                LocalTime.of(17, 0))).toList(), at));
                UUID holiday = UUID.randomUUID();
                geo.publish(HolidayDeclared.CONTRACT, holiday, new HolidayDeclared(holiday, "CD",
                        HolidayDeclared.RECURRING, 6, 30, 2023, null, "Indépendance", "Independence", List.of(),
                        at));
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                assertThat(calendar.workingDaysBetween(agency, LocalDate.of(2026, 6, 29), LocalDate.of(2026, 7, 3)))
                        .isEqualTo(4));
        geoAnnounced = true;
        clock.set(MONDAY_TEN);
    }

    @Test
    void anOverdueContractOnANormalSiteIsCutAtTenOnAWorkingDayAndReconnectedOnceSettled() {
        Site site = meteredSite(false);

        overdue(site, MONDAY_TEN);
        JsonNode cut = awaitDecision(site, "cut_ordered");
        settled(site, MONDAY_TEN.plusSeconds(600));
        JsonNode back = awaitDecision(site, "reconnect_ordered");

        assertThat(cut.path("reason").asString()).isEqualTo("overdue");
        assertThat(cut.path("meter").asString()).isEqualTo(site.meter().toString());
        assertThat(relay.orders(site.meter())).containsExactly("disconnect", "reconnect");
        assertThat(back.path("reason").asString()).isEqualTo("settled");
        List<Sms> told = Awaitility.await().atMost(WAIT).until(() -> sms.to(site.phone()), list -> list.size() == 2);
        assertThat(told.get(0).text()).contains("1160.00 CDF").contains("coupée");
        assertThat(told.get(1).text()).contains("rétablie");
        List<Email> mailed = Awaitility.await().atMost(WAIT).until(() -> mails.to(site.email()),
                list -> list.size() == 2);
        assertThat(mailed.get(0).subject()).contains("coupure");
        assertThat(mailed.get(0).text()).contains("1160.00 CDF");
        assertThat(mailed.get(1).text()).contains("rétablie");
    }

    @Test
    void aProtectedSiteIsNeverCutAndTheRefusalIsRecorded() {
        Site site = meteredSite(true);

        overdue(site, MONDAY_TEN);
        JsonNode refused = awaitDecision(site, "refused");

        assertThat(refused.path("reason").asString()).isEqualTo("protected_site");
        assertThat(relay.orders(site.meter())).isEmpty();
    }

    @Test
    void atHalfPastFourTheCutWaitsForTheNextMorningAndTheScheduledPassCutsThen() {
        Site site = meteredSite(false);
        clock.set(kinshasa("2026-12-07T16:30"));

        overdue(site, clock.instant());
        JsonNode waiting = awaitDecision(site, "waiting");
        Api.Reply early = api.post("/api/operations/disconnections/pass", Map.of()).as(Tokens.operations()).send();
        clock.set(kinshasa("2026-12-08T08:00"));
        Api.Reply due = api.post("/api/operations/disconnections/pass", Map.of()).as(Tokens.operations()).send();

        assertThat(waiting.path("reason").asString()).isEqualTo("outside_cut_window");
        assertThat(Instant.parse(waiting.path("not_before").asString())).isEqualTo(kinshasa("2026-12-08T08:00"));
        assertThat(early.status()).as(early.toString()).isEqualTo(200);
        assertThat(due.status()).as(due.toString()).isEqualTo(200);
        assertThat(relay.orders(site.meter())).containsExactly("disconnect");
    }

    @Test
    void onASundayAndOnIndependenceDayTheCutWaits() {
        Site sunday = meteredSite(false);
        Site thirtiethOfJune = meteredSite(false);

        clock.set(kinshasa("2026-12-06T10:00"));
        overdue(sunday, clock.instant());
        JsonNode waitsForMonday = awaitDecision(sunday, "waiting");
        clock.set(kinshasa("2026-06-30T10:00"));
        overdue(thirtiethOfJune, clock.instant());
        JsonNode waitsForJuly = awaitDecision(thirtiethOfJune, "waiting");

        assertThat(Instant.parse(waitsForMonday.path("not_before").asString()))
                .isEqualTo(kinshasa("2026-12-07T08:00"));
        assertThat(Instant.parse(waitsForJuly.path("not_before").asString()))
                .isEqualTo(kinshasa("2026-07-01T08:00"));
        assertThat(relay.orders(sunday.meter())).isEmpty();
        assertThat(relay.orders(thirtiethOfJune.meter())).isEmpty();
    }

    @Test
    void anOverdueReportOlderThanTheSettlementAndARedeliveryCutNothingMore() {
        Site reordered = meteredSite(false);
        Site redelivered = meteredSite(false);

        settled(reordered, MONDAY_TEN);
        overdue(reordered, MONDAY_TEN.minusSeconds(3600));
        overdue(redelivered, MONDAY_TEN);
        overdue(redelivered, MONDAY_TEN);
        JsonNode ignored = awaitDecision(reordered, "ignored");
        awaitDecision(redelivered, "cut_ordered");
        awaitDecision(redelivered, "ignored");

        assertThat(ignored.path("reason").asString()).isEqualTo("stale_event");

        assertThat(relay.orders(reordered.meter())).isEmpty();
        assertThat(relay.orders(redelivered.meter())).containsExactly("disconnect");
    }

    @Test
    void aPendingPaymentHoldsTheCutAndAFailedOneLetsTheNextPassCut() {
        Site site = meteredSite(false);
        UUID payment = UUID.randomUUID();
        paymentStarted(site, payment);
        Awaitility.await().atMost(WAIT).until(() -> heldPayments(site) == 1);

        overdue(site, MONDAY_TEN);
        JsonNode held = awaitDecision(site, "waiting");
        Api.Reply whileHeld = api.post("/api/operations/disconnections/pass", Map.of()).as(Tokens.operations())
                .send();
        List<String> ordersWhileHeld = relay.orders(site.meter());
        paymentEnded(site, payment, MobileMoneyPaymentEnded.FAILED);
        Awaitility.await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from disconnection_cases"
                + " where contract_id = ? and not_before <= ?").params(site.contract(), Timestamp.from(MONDAY_TEN))
                .query(Integer.class).single() == 1);
        api.post("/api/operations/disconnections/pass", Map.of()).as(Tokens.operations()).send();

        assertThat(held.path("reason").asString()).isEqualTo("payment_pending");
        assertThat(Instant.parse(held.path("not_before").asString()))
                .isEqualTo(MONDAY_TEN.plus(Duration.ofMinutes(30)));
        assertThat(whileHeld.status()).as(whileHeld.toString()).isEqualTo(200);
        assertThat(ordersWhileHeld).isEmpty();
        assertThat(relay.orders(site.meter())).containsExactly("disconnect");
    }

    @Test
    void aCreditedPaymentKeepsTheCutWaitingUntilTheSettlementCallsItOff() {
        Site site = meteredSite(false);
        UUID payment = UUID.randomUUID();
        paymentStarted(site, payment);
        Awaitility.await().atMost(WAIT).until(() -> heldPayments(site) == 1);

        overdue(site, MONDAY_TEN);
        awaitDecision(site, "waiting");
        paymentEnded(site, payment, MobileMoneyPaymentEnded.CREDITED);
        Awaitility.await().atMost(WAIT).until(() -> heldPayments(site) == 0);
        api.post("/api/operations/disconnections/pass", Map.of()).as(Tokens.operations()).send();
        List<String> ordersBeforeSettlement = relay.orders(site.meter());
        settled(site, MONDAY_TEN.plusSeconds(60));
        JsonNode cancelled = awaitDecision(site, "cancelled");

        assertThat(ordersBeforeSettlement).isEmpty();
        assertThat(cancelled.path("reason").asString()).isEqualTo("settled_before_cut");
        assertThat(relay.orders(site.meter())).isEmpty();
    }

    @Test
    void aPaymentEndedBeforeItsStartArrivesHoldsNothing() {
        Site site = meteredSite(false);
        UUID payment = UUID.randomUUID();
        paymentEnded(site, payment, MobileMoneyPaymentEnded.EXPIRED);
        paymentStarted(site, payment);
        // Both applied: the start's later hold_until is on the row the end left.
        Awaitility.await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from disconnection_payment_holds"
                + " where client_id = ? and ended_at is not null and hold_until > ?").params(site.client(),
                Timestamp.from(MONDAY_TEN.plusSeconds(60))).query(Integer.class).single() == 1);

        overdue(site, MONDAY_TEN);

        assertThat(awaitDecision(site, "cut_ordered").path("reason").asString()).isEqualTo("overdue");
    }

    @Test
    void beyondTheAgencysHourlyLimitTheRestWaitWithAnAlertAndAreCounted() {
        double limitedBefore = limited("agency_hourly_limit");
        List<Site> sites = List.of(meteredSite(false), meteredSite(false), meteredSite(false));

        sites.forEach(site -> overdue(site, MONDAY_TEN));
        sites.forEach(site -> awaitDecisions(site, 1));

        long cut = sites.stream().filter(site -> !relay.orders(site.meter()).isEmpty()).count();
        List<JsonNode> limited = sites.stream().flatMap(site -> decisions(site).stream())
                .filter(d -> "waiting".equals(d.path("outcome").asString())).toList();
        assertThat(cut).isEqualTo(2);
        assertThat(limited).hasSize(1);
        assertThat(limited.get(0).path("reason").asString()).isEqualTo("agency_hourly_limit");
        assertThat(limited.get(0).path("alert").asBoolean()).isTrue();
        UUID waitingMeter = UUID.fromString(limited.get(0).path("meter").asString());
        JsonNode alert = JSON.readTree(jdbc.sql("select payload::text from outbox where aggregate_id = ?"
                        + " and event_type like '%DisconnectionDecided'")
                .param(waitingMeter.toString()).query(String.class).single());
        assertThat(alert.path("reason").asString()).isEqualTo("agency_hourly_limit");
        assertThat(alert.path("alert").asBoolean()).isTrue();
        assertThat(alert.path("agency_id").asString()).isEqualTo(agency.toString());
        assertThat(limited("agency_hourly_limit")).isEqualTo(limitedBefore + 1);
        assertThat(limited("daily_cap")).as("registered at zero for the cap's alert").isZero();
    }

    private double limited(String reason) {
        return meters.get("operations.disconnections.limited").tag("reason", reason).counter().count();
    }

    @Test
    void anAgencyOnHoldIsNotCutUntilOperationsReleasesIt() {
        Site site = meteredSite(false);
        Api.Reply hold = api.put("/api/operations/agencies/" + agency + "/disconnection-hold",
                Map.of("note", "Contrôle de la facturation")).as(Tokens.operations()).send();

        overdue(site, MONDAY_TEN);
        JsonNode held = awaitDecision(site, "waiting");
        Api.Reply release = api.delete("/api/operations/agencies/" + agency + "/disconnection-hold")
                .as(Tokens.operations()).send();
        api.post("/api/operations/disconnections/pass", Map.of()).as(Tokens.operations()).send();

        assertThat(hold.status()).as(hold.toString()).isEqualTo(200);
        assertThat(hold.json().path("changed").asBoolean()).isTrue();
        assertThat(held.path("reason").asString()).isEqualTo("agency_on_hold");
        assertThat(release.json().path("changed").asBoolean()).isTrue();
        assertThat(relay.orders(site.meter())).containsExactly("disconnect");
        assertThat(jdbc.sql("select count(*) from disconnection_holds where target_id = ? and placed_by is not null"
                + " and released_by is not null").param(agency).query(Integer.class).single()).isEqualTo(1);

        List<JsonNode> holdEvents = jdbc.sql("select payload::text from outbox where aggregate_id = ?"
                        + " and event_type like '%DisconnectionHold%' order by occurred_at, event_type desc")
                .param(agency.toString()).query(String.class).list().stream().map(JSON::readTree).toList();
        assertThat(holdEvents).hasSize(2);
        assertThat(holdEvents.get(0).path("scope").asString()).isEqualTo("agency");
        assertThat(holdEvents.get(0).path("note").asString()).isEqualTo("Contrôle de la facturation");
        assertThat(holdEvents.get(0).path("actor_id").asString()).isNotBlank();
        assertThat(holdEvents.get(1).path("hold_id")).isEqualTo(holdEvents.get(0).path("hold_id"));
        assertThat(holdEvents.get(1).has("note")).isFalse();
    }

    private Site meteredSite(boolean protectedSite) {
        UUID client = UUID.randomUUID();
        String phone = "+24381" + String.format("%07d", Math.floorMod(client.getMostSignificantBits(), 10_000_000L));
        String email = "client-" + client + "@example.cd";
        jdbc.sql("insert into read_clients (id, agency_id, phone, email, changed_at) values (?, ?, ?, ?, now())")
                .params(client, agency, phone, email).update();
        UUID site = site(client, true);
        if (protectedSite) {
            jdbc.sql("update read_sites set is_protected = true, usage = 'hospital' where id = ?").param(site)
                    .update();
        }
        UUID contract = contract(client, site, "active");
        UUID meter = meter(site);
        assertThat(link(meter, contract, "0").status()).isEqualTo(200);
        return new Site(client, site, contract, meter, phone, email);
    }

    private void overdue(Site site, Instant occurredAt) {
        try (ServiceEvents billing = ServiceEvents.as(bootstrapServers(), ServiceCatalogue.BILLING)) {
            billing.publish(AccountOverdue.CONTRACT, site.contract(), new AccountOverdue(site.contract(),
                    site.client(), site.site(), List.of(new AccountOverdue.Balance("CDF", new BigDecimal("1160"))),
                    UUID.randomUUID(), "FA-2026-000001", LocalDate.of(2026, 11, 1), "disconnection", 36,
                    occurredAt));
        }
    }

    private void settled(Site site, Instant occurredAt) {
        try (ServiceEvents billing = ServiceEvents.as(bootstrapServers(), ServiceCatalogue.BILLING)) {
            billing.publish(AccountSettled.CONTRACT, site.contract(), new AccountSettled(site.contract(),
                    site.client(), site.site(), occurredAt, UUID.randomUUID(), occurredAt));
        }
    }

    /** As billing publishes a push request the provider accepted, with its 30 minutes' hold, at the test's ten. */
    private void paymentStarted(Site site, UUID payment) {
        Instant accepted = Instant.now();
        try (ServiceEvents billing = ServiceEvents.as(bootstrapServers(), ServiceCatalogue.BILLING)) {
            billing.publish(MobileMoneyPaymentStarted.CONTRACT, payment, new MobileMoneyPaymentStarted(payment,
                    "MM-" + payment.toString().substring(0, 8), site.client(), List.of(), "mpesa",
                    new BigDecimal("1160"), "CDF", "+24381****678", accepted.plus(Duration.ofMinutes(30)),
                    accepted));
        }
    }

    private void paymentEnded(Site site, UUID payment, String outcome) {
        try (ServiceEvents billing = ServiceEvents.as(bootstrapServers(), ServiceCatalogue.BILLING)) {
            billing.publish(MobileMoneyPaymentEnded.CONTRACT, payment, new MobileMoneyPaymentEnded(payment,
                    site.client(), outcome, Instant.now()));
        }
    }

    private int heldPayments(Site site) {
        return jdbc.sql("select count(*) from disconnection_payment_holds where client_id = ? and ended_at is null")
                .param(site.client()).query(Integer.class).single();
    }

    private List<JsonNode> decisions(Site site) {
        Api.Reply reply = api.get("/api/operations/contracts/" + site.contract() + "/decisions/")
                .as(Tokens.operations()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().valueStream().toList();
    }

    private JsonNode awaitDecision(Site site, String outcome) {
        return Awaitility.await().atMost(WAIT).until(() -> decisions(site).stream()
                .filter(d -> outcome.equals(d.path("outcome").asString())).findFirst(), found -> found.isPresent())
                .orElseThrow();
    }

    private void awaitDecisions(Site site, int count) {
        Awaitility.await().atMost(WAIT).until(() -> decisions(site).size() >= count);
    }

    private static Instant kinshasa(String local) {
        return LocalDateTime.parse(local).atZone(KINSHASA).toInstant();
    }

    record Site(UUID client, UUID site, UUID contract, UUID meter, String phone, String email) {
    }

    /** "Now" where the test puts it. */
    static final class TestClock extends Clock {

        private volatile Instant now = Instant.now();

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return KINSHASA;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Every relay order given, per meter, in order. */
    static final class RecordingRelay implements RelayOrders {

        private final List<String[]> orders = new CopyOnWriteArrayList<>();

        @Override
        public void disconnect(MeterId meter, UUID orderId, String reason) {
            orders.add(new String[] {meter.value().toString(), "disconnect"});
        }

        @Override
        public void reconnect(MeterId meter, UUID orderId, String reason) {
            orders.add(new String[] {meter.value().toString(), "reconnect"});
        }

        List<String> orders(UUID meter) {
            return orders.stream().filter(o -> o[0].equals(meter.toString())).map(o -> o[1]).toList();
        }
    }

    /** The SMS gateway as the customer's phone sees it. */
    static final class RecordingSms implements SmsSender {

        private final List<Sms> sent = new CopyOnWriteArrayList<>();

        @Override
        public String send(Sms message) {
            sent.add(message);
            return message.reference();
        }

        List<Sms> to(String phone) {
            return sent.stream().filter(m -> m.to().equals(phone)).toList();
        }
    }

    /** The mail server as the customer's mailbox sees it. */
    static final class RecordingMail implements EmailSender {

        private final List<Email> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(Email email) {
            sent.add(email);
        }

        List<Email> to(String address) {
            return sent.stream().filter(m -> m.to().equals(address)).toList();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Doubles {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }

        /** Preferred over the real relay commands: this test is about the policy's orders, not their delivery. */
        @Bean
        @Primary
        RecordingRelay recordingRelay() {
            return new RecordingRelay();
        }

        @Bean
        RecordingSms recordingSms() {
            return new RecordingSms();
        }

        @Bean
        RecordingMail recordingMail() {
            return new RecordingMail();
        }
    }
}
