package energy.mwolo.geo.agencies;

import static energy.mwolo.geo.agencies.AgencyBodies.agencyIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.contracts.Topics;
import energy.mwolo.contracts.geo.AgencyOpened;
import energy.mwolo.geo.AbstractApiIT;
import energy.mwolo.geo.ReferenceData;
import energy.mwolo.geo.Tokens;
import energy.mwolo.geo.agencies.application.AgencyDraft;
import energy.mwolo.geo.agencies.application.OpeningAgency;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AgencyEventsIT extends AbstractApiIT {

    private static final Duration RELAY = Duration.ofSeconds(90);
    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private OpeningAgency opening;

    @Autowired
    private TransactionTemplate transaction;

    @Test
    void openingAnAgencyPublishesExactlyOneAgencyOpenedWithCloudEventsHeaders() {
        String id = open("Agence de Bandalungwa");

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.GEO_AGENCY_EVENTS)) {
            events.awaitAtLeast(1, about(id, "geo.AgencyOpened"), RELAY);
            List<ReceivedEvent> opened = events.readAll(QUIET).stream().filter(about(id, "geo.AgencyOpened")::test)
                    .toList();

            assertThat(opened).hasSize(1);
            ReceivedEvent event = opened.get(0);
            assertThat(event.key()).isEqualTo(id);
            assertThat(event.header("ce_id")).isNotBlank();
            assertThat(event.header("ce_source")).isEqualTo("geo-service");
            assertThat(event.header("ce_subject")).isEqualTo(id);
            assertThat(event.header("ce_specversion")).isEqualTo("1.0");
            assertThat(Instant.parse(event.header("ce_time"))).isBefore(Instant.now().plusSeconds(1));
            assertThat(event.header("ce_dataschema")).isEqualTo(AgencyOpened.CONTRACT.dataSchema());
            assertThat(event.header("content-type")).startsWith("application/json");
            JsonNode payload = JSON.readTree(event.value());
            assertThat(payload.path("agency_id").asString()).isEqualTo(id);
            assertThat(payload.path("code").asString()).startsWith("AG-BC-");
            assertThat(payload.path("province_code").asString()).isEqualTo("BC");
            assertThat(payload.path("country_code").asString()).isEqualTo("CD");
            assertThat(payload.path("active").asBoolean()).isTrue();
        }
    }

    @Test
    void changesAndClosingArePublishedInOrderAndClosingTwicePublishesOnce() {
        UUID adminId = UUID.randomUUID();
        String admin = Tokens.admin(adminId);
        String id = open("Agence de Matadi");
        api.patch("/api/agencies/" + id + "/", Map.of("name", "Agence de Matadi-Port")).as(admin).send();
        api.delete("/api/agencies/" + id + "/").as(admin).send();
        api.delete("/api/agencies/" + id + "/").as(admin).send();

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.GEO_AGENCY_EVENTS)) {
            events.awaitAtLeast(1, about(id, "geo.AgencyClosed"), RELAY);
            List<ReceivedEvent> ofAgency = events.readAll(QUIET).stream().filter(e -> id.equals(e.key())).toList();

            assertThat(ofAgency).extracting(e -> e.header("ce_type"))
                    .containsExactly("geo.AgencyOpened", "geo.AgencyUpdated", "geo.AgencyClosed");
            assertThat(ofAgency.subList(1, 3)).extracting(e -> e.header("ce_actor"))
                    .as("the user who changed and closed the agency")
                    .containsOnly(adminId.toString());
        }
    }

    @Test
    void anOpeningWhoseTransactionRollsBackPublishesNothing() {
        AtomicReference<UUID> rolledBack = new AtomicReference<>();
        CurrentUser admin = new CurrentUser(UUID.randomUUID(), Set.of("ADMIN"), Set.of("agencies:create"), null,
                null, null);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            rolledBack.set(opening.open(draft("Agence jamais ouverte"), admin).value());
            throw new IllegalStateException("a later step of the same transaction fails");
        })).isInstanceOf(IllegalStateException.class);
        String committed = open("Agence ouverte ensuite");

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.GEO_AGENCY_EVENTS)) {
            events.awaitAtLeast(1, about(committed, "geo.AgencyOpened"), RELAY);
            List<ReceivedEvent> all = events.readAll(QUIET);

            assertThat(rolledBack.get()).isNotNull();
            assertThat(all).noneMatch(e -> rolledBack.get().toString().equals(e.key()));
        }
        assertThat(api.get("/api/agencies/" + rolledBack.get() + "/").as(Tokens.admin()).send().status())
                .isEqualTo(404);
    }

    private String open(String name) {
        return api.post("/api/agencies/", agencyIn("BC", name)).as(Tokens.admin()).send()
                .json().path("id").asString();
    }

    private static AgencyDraft draft(String name) {
        return new AgencyDraft(ReferenceData.province("BC"), null, name, null, null, null, null,
                new BigDecimal("-5.8167"), new BigDecimal("13.4833"), null);
    }

    private static Predicate<ReceivedEvent> about(String id, String type) {
        return event -> id.equals(event.key()) && type.equals(event.header("ce_type"));
    }
}
