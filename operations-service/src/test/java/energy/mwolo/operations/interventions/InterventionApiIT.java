package energy.mwolo.operations.interventions;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.operations.AbstractApiIT;
import energy.mwolo.operations.Bodies;
import energy.mwolo.operations.Tokens;
import energy.mwolo.operations.kernel.BusinessTime;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Interventions through the API: planned, started and completed by their technician (others need
 * operations:approve), the equipment's last maintenance dated by the completion, events on the topic.
 */
class InterventionApiIT extends AbstractApiIT {

    private static final String PATH = "/api/operations/interventions/";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final UUID technician = UUID.randomUUID();
    private final String technicianToken = Tokens.operations(technician);

    @Test
    void aTechnicianCarriesOutTheWorkAssignedToThemAndTheEquipmentIsMaintainedThatDay() {
        UUID site = customer().site();
        UUID equipment = equipment(site, "breaker");
        UUID id = schedule(Bodies.intervention("maintenance", site, equipment, technician));

        Api.Reply started = post(PATH + id + "/start/", null, technicianToken);
        Instant ended = Instant.parse(started.json().path("started_at").asString()).plusMillis(1);
        Api.Reply completed = post(PATH + id + "/complete/", Map.of("report", "Disjoncteur remplacé, essai concluant",
                "completed_at", ended.toString()), technicianToken);

        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.json().path("status").asString()).isEqualTo("in_progress");
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.json().path("status").asString()).isEqualTo("completed");
        assertThat(completed.json().path("report").asString()).isEqualTo("Disjoncteur remplacé, essai concluant");
        assertThat(Instant.parse(completed.json().path("completed_at").asString())).isEqualTo(ended);
        Api.Reply maintained = api.get("/api/operations/equipment/" + equipment + "/").as(technicianToken).send();
        assertThat(maintained.json().path("last_maintenance").asString())
                .isEqualTo(BusinessTime.dayOf(ended).toString());
    }

    @Test
    void anotherTechnicianNeitherStartsNorChangesItButASupervisorDoes() {
        UUID site = customer().site();
        UUID id = schedule(Bodies.intervention("inspection", site, null, technician));
        String colleague = Tokens.operations();

        Api.Reply refused = post(PATH + id + "/start/", null, colleague);
        Api.Reply replanned = api.patch(PATH + id + "/", Map.of("technician", UUID.randomUUID().toString()))
                .as(colleague).send();
        Api.Reply bySupervisor = post(PATH + id + "/start/", null, Tokens.supervisor());
        Api.Reply byAdmin = post(PATH + id + "/cancel/", Map.of("reason", "Site inaccessible"), Tokens.admin());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("interventions.not_assigned");
        assertThat(replanned.status()).isEqualTo(403);
        assertThat(bySupervisor.status()).isEqualTo(200);
        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(byAdmin.json().path("status").asString()).isEqualTo("cancelled");
        assertThat(byAdmin.json().path("cancellation_reason").asString()).isEqualTo("Site inaccessible");
        assertThat(api.get(PATH + id + "/").as(colleague).send().status()).as("everyone sees it").isEqualTo(200);
    }

    @Test
    void theStatusMovesOnlyForward() {
        UUID site = customer().site();
        UUID id = schedule(Bodies.intervention("repair", site, null, technician));

        Api.Reply completeFirst = post(PATH + id + "/complete/", Map.of("report", "fait"), technicianToken);
        post(PATH + id + "/cancel/", null, technicianToken);
        Api.Reply startCancelled = post(PATH + id + "/start/", null, technicianToken);

        assertThat(completeFirst.status()).isEqualTo(409);
        assertThat(completeFirst.code()).isEqualTo("operations.transition.refused");
        assertThat(startCancelled.status()).isEqualTo(409);
        assertThat(startCancelled.json().path("detail").asString()).contains("cancelled", "in_progress");
    }

    @Test
    void schedulingChecksTheSiteTheEquipmentAndTheDay() {
        UUID site = customer().site();
        UUID elsewhere = equipment(customer().site(), "meter");

        Api.Reply unknownSite = post(PATH, Bodies.intervention("installation", UUID.randomUUID(), null, null),
                Tokens.operations());
        Api.Reply otherSite = post(PATH, Bodies.intervention("repair", site, elsewhere, null), Tokens.operations());
        Api.Reply past = post(PATH, Bodies.with(Bodies.intervention("repair", site, null, null), "scheduled_date",
                LocalDate.now().minusDays(2).toString()), Tokens.operations());
        Api.Reply badType = post(PATH, Bodies.intervention("cleaning", site, null, null), Tokens.operations());
        Api.Reply missing = post(PATH, Map.of("site", site.toString()), Tokens.operations());

        assertThat(unknownSite.status()).isEqualTo(400);
        assertThat(unknownSite.fieldsInError()).containsExactly("site");
        assertThat(otherSite.status()).isEqualTo(400);
        assertThat(otherSite.code()).isEqualTo("interventions.equipment_elsewhere");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.fieldsInError()).containsExactly("scheduled_date");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.fieldsInError()).containsExactly("type");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.fieldsInError()).contains("type", "description", "scheduled_date");
    }

    @Test
    void completionNeedsAReportAndAnEndBetweenStartAndNow() {
        UUID id = schedule(Bodies.intervention("repair", customer().site(), null, technician));
        post(PATH + id + "/start/", null, technicianToken);

        Api.Reply noReport = post(PATH + id + "/complete/", Map.of("report", " "), technicianToken);
        Api.Reply future = post(PATH + id + "/complete/", Map.of("report", "fait", "completed_at",
                Instant.now().plus(1, ChronoUnit.HOURS).toString()), technicianToken);

        assertThat(noReport.status()).isEqualTo(400);
        assertThat(noReport.fieldsInError()).containsExactly("report");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.fieldsInError()).containsExactly("completed_at");
    }

    @Test
    void listsShowEveryonesWorkAndEachTechniciansOwn() {
        UUID site = customer().site();
        UUID mine = schedule(Bodies.intervention("inspection", site, null, technician));
        UUID theirs = schedule(Bodies.intervention("inspection", site, null, UUID.randomUUID()));

        Api.Reply all = api.get(PATH + "?site=" + site).as(technicianToken).send();
        Api.Reply own = api.get(PATH + "?site=" + site + "&mine=true").as(technicianToken).send();
        Api.Reply window = api.get(PATH + "?site=" + site + "&scheduled_from=" + LocalDate.now().plusDays(2))
                .as(technicianToken).send();

        assertThat(all.json().path("results")).extracting(i -> i.path("id").asString())
                .containsExactlyInAnyOrder(mine.toString(), theirs.toString());
        assertThat(own.json().path("results")).extracting(i -> i.path("id").asString())
                .containsExactly(mine.toString());
        assertThat(window.json().path("count").asInt()).isZero();
    }

    @Test
    void schedulingAndCompletionArePublishedOnTheInterventionTopic() {
        UUID site = customer().site();
        UUID equipment = equipment(site, "meter");
        UUID id = schedule(Bodies.intervention("reconnection", site, equipment, technician));
        post(PATH + id + "/start/", null, technicianToken);
        post(PATH + id + "/complete/", Map.of("report", "Relais refermé"), technicianToken);

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), "operations.intervention.events")) {
            List<ReceivedEvent> received = events.awaitAtLeast(2, e -> id.toString().equals(e.key()), WAIT);

            assertThat(received).extracting(e -> e.header("ce_type")).containsExactly(
                    "operations.InterventionScheduled", "operations.InterventionCompleted");
            JsonNode scheduled = JSON.readTree(received.get(0).value());
            JsonNode completed = JSON.readTree(received.get(1).value());
            assertThat(scheduled.path("type").asString()).isEqualTo("reconnection");
            assertThat(scheduled.path("technician_id").asString()).isEqualTo(technician.toString());
            assertThat(scheduled.path("equipment_id").asString()).isEqualTo(equipment.toString());
            assertThat(completed.path("report").asString()).isEqualTo("Relais refermé");
            assertThat(completed.path("started_at").asString()).isNotBlank();
        }
    }

    private UUID schedule(Map<String, Object> body) {
        Api.Reply reply = post(PATH, body, Tokens.operations());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().path("status").asString()).isEqualTo("planned");
        return UUID.fromString(reply.json().path("id").asString());
    }
}
