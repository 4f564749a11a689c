package energy.mwolo.operations.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.operations.AbstractApiIT;
import energy.mwolo.operations.Bodies;
import energy.mwolo.operations.Tokens;
import energy.mwolo.platformtest.Api;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Equipment through the API: registration on known sites, unique serial numbers, changes, lists. */
class EquipmentApiIT extends AbstractApiIT {

    private static final String PATH = "/api/operations/equipment/";

    @Test
    void registeringEquipmentAnswersItWithItsSiteAndLocation() {
        UUID site = customer().site();
        Map<String, Object> body = Bodies.with(Bodies.equipment("transformer", "TR-" + UUID.randomUUID(), site),
                "notes", "  Poste 12, côté rue  ");

        Api.Reply created = post(PATH, body, Tokens.operations());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.location()).endsWith(PATH + created.json().path("id").asString() + "/");
        assertThat(created.json().path("type").asString()).isEqualTo("transformer");
        assertThat(created.json().path("status").asString()).isEqualTo("active");
        assertThat(created.json().path("site").asString()).isEqualTo(site.toString());
        assertThat(created.json().path("site_reference").asString()).startsWith("SITE-");
        assertThat(created.json().path("notes").asString()).isEqualTo("Poste 12, côté rue");
        assertThat(created.json().path("install_date").asString()).isEqualTo(body.get("install_date"));
    }

    @Test
    void aSerialNumberIsTakenOnceWhateverItsCase() {
        UUID site = customer().site();
        String serial = "HXE310-kn-" + UUID.randomUUID().toString().substring(0, 8);
        post(PATH, Bodies.equipment("meter", serial, site), Tokens.operations());

        Api.Reply again = post(PATH, Bodies.equipment("breaker", " " + serial.toUpperCase() + " ", site),
                Tokens.operations());
        Api.Reply inEnglish = api.withHeader("Accept-Language", "en").post(PATH,
                        Bodies.equipment("meter", serial.toLowerCase(), site)).as(Tokens.operations())
                .header(IDEMPOTENCY_KEY, UUID.randomUUID().toString()).send();

        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("equipment.duplicate_serial");
        assertThat(again.json().path("detail").asString()).contains("numéro de série");
        assertThat(inEnglish.json().path("detail").asString()).contains("serial number");
    }

    @Test
    void ofTwoConcurrentRegistrationsOfOneSerialNumberExactlyOneWins() throws Exception {
        UUID site = customer().site();
        String serial = "RACE-" + UUID.randomUUID();
        int racers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String spelling = i % 2 == 0 ? serial : serial.toLowerCase();
                Callable<Api.Reply> racer = () -> {
                    start.await();
                    return post(PATH, Bodies.equipment("meter", spelling, site), Tokens.operations());
                };
                replies.add(pool.submit(racer));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Reply> reply : replies) {
                statuses.add(reply.get().status());
            }

            assertThat(statuses).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
            assertThat(jdbc.sql("select count(*) from equipment where lower(serial_number) = lower(?)")
                    .param(serial).query(Long.class).single()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void equipmentGoesOnlyOnActiveSitesCrmAnnounced() {
        UUID inactive = site(UUID.randomUUID(), false);

        Api.Reply unknown = post(PATH, Bodies.equipment("panel", serial(), UUID.randomUUID()), Tokens.operations());
        Api.Reply closed = post(PATH, Bodies.equipment("panel", serial(), inactive), Tokens.operations());

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("equipment.site_unknown");
        assertThat(unknown.fieldsInError()).containsExactly("site");
        assertThat(closed.status()).isEqualTo(400);
        assertThat(closed.code()).isEqualTo("equipment.site_inactive");
        assertThat(closed.fieldsInError()).containsExactly("site");
    }

    @Test
    void badInputIsA400NamingTheFieldNeverA500() {
        UUID site = customer().site();

        Api.Reply missing = post(PATH, Map.of("site", site.toString()), Tokens.operations());
        Api.Reply unknownType = post(PATH, Bodies.equipment("windmill", serial(), site), Tokens.operations());
        Api.Reply badDate = post(PATH, Bodies.with(Bodies.equipment("meter", serial(), site), "install_date",
                "12/03/2026"), Tokens.operations());
        Api.Reply maintenanceFirst = post(PATH, Bodies.with(Bodies.equipment("meter", serial(), site),
                "last_maintenance", LocalDate.now().minusYears(2).toString()), Tokens.operations());
        Api.Reply brokenJson = api.post(PATH, "{\"type\": ").as(Tokens.operations())
                .header(IDEMPOTENCY_KEY, UUID.randomUUID().toString()).send();
        Api.Reply badId = api.get(PATH + "not-a-uuid/").as(Tokens.operations()).send();

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.fieldsInError()).contains("type", "serial_number");
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.fieldsInError()).containsExactly("type");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.fieldsInError()).containsExactly("install_date");
        assertThat(maintenanceFirst.status()).isEqualTo(400);
        assertThat(maintenanceFirst.fieldsInError()).containsExactly("last_maintenance");
        assertThat(brokenJson.status()).isEqualTo(400);
        assertThat(brokenJson.code()).isEqualTo("request.malformed_json");
        assertThat(badId.status()).isEqualTo(400);
    }

    @Test
    void everyPostNeedsAnIdempotencyKeyAndARetryRegistersNothingNew() {
        UUID site = customer().site();
        Map<String, Object> body = Bodies.equipment("battery", serial(), site);
        String key = UUID.randomUUID().toString();

        Api.Reply withoutKey = api.post(PATH, body).as(Tokens.operations()).send();
        String operator = Tokens.operations();
        Api.Reply first = api.post(PATH, body).as(operator).header(IDEMPOTENCY_KEY, key).send();
        Api.Reply retry = api.post(PATH, body).as(operator).header(IDEMPOTENCY_KEY, key).send();

        assertThat(withoutKey.status()).isEqualTo(400);
        assertThat(withoutKey.code()).isEqualTo("idempotency.key_required");
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(jdbc.sql("select count(*) from equipment where serial_number = ?")
                .param(body.get("serial_number")).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPatchChangesStatusDatesAndNotesButNeverTypeSerialOrSite() {
        UUID site = customer().site();
        UUID id = equipment(site, "inverter");
        LocalDate maintained = LocalDate.now().minusDays(3);

        Api.Reply changed = api.patch(PATH + id + "/", Map.of("status", "faulty", "last_maintenance",
                maintained.toString(), "type", "battery", "serial_number", "OTHER", "site",
                UUID.randomUUID().toString())).as(Tokens.operations()).send();
        Api.Reply future = api.patch(PATH + id + "/", Map.of("last_maintenance",
                LocalDate.now().plusDays(3).toString())).as(Tokens.operations()).send();

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("status").asString()).isEqualTo("faulty");
        assertThat(changed.json().path("last_maintenance").asString()).isEqualTo(maintained.toString());
        assertThat(changed.json().path("type").asString()).isEqualTo("inverter");
        assertThat(changed.json().path("site").asString()).isEqualTo(site.toString());
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.fieldsInError()).containsExactly("last_maintenance");
        assertThat(api.patch(PATH + UUID.randomUUID() + "/", Map.of("status", "active")).as(Tokens.operations())
                .send().status()).isEqualTo(404);
    }

    @Test
    void listsFilterByTypeStatusSiteAndSearchAndPageThroughTheResults() {
        UUID site = customer().site();
        for (int i = 0; i < 3; i++) {
            equipment(site, "breaker");
        }
        UUID meter = equipment(site, "meter");
        api.patch(PATH + meter + "/", Map.of("status", "maintenance")).as(Tokens.operations()).send();

        Api.Reply breakers = api.get(PATH + "?site=" + site + "&type=breaker&page_size=2&ordering=-created_at")
                .as(Tokens.operations()).send();
        Api.Reply inMaintenance = api.get(PATH + "?site=" + site + "&status=maintenance").as(Tokens.operations())
                .send();
        Api.Reply searched = api.get(PATH + "?search=" + meterSerial(meter).substring(3).toUpperCase())
                .as(Tokens.operations()).send();
        Api.Reply badOrdering = api.get(PATH + "?ordering=site").as(Tokens.operations()).send();

        assertThat(breakers.json().path("count").asInt()).isEqualTo(3);
        assertThat(breakers.json().path("results")).hasSize(2);
        assertThat(breakers.json().path("next").asString()).contains("page=2");
        assertThat(inMaintenance.json().path("count").asInt()).isEqualTo(1);
        assertThat(inMaintenance.json().path("results").get(0).path("id").asString()).isEqualTo(meter.toString());
        assertThat(searched.json().path("count").asInt()).isEqualTo(1);
        assertThat(badOrdering.status()).isEqualTo(400);
        assertThat(badOrdering.fieldsInError()).containsExactly("ordering");
    }

    private String meterSerial(UUID equipment) {
        return api.get(PATH + equipment + "/").as(Tokens.operations()).send().json().path("serial_number")
                .asString();
    }
}
