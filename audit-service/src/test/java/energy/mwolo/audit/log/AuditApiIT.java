package energy.mwolo.audit.log;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.audit.AbstractAuditIT;
import energy.mwolo.audit.Tokens;
import energy.mwolo.audit.log.application.AppendingEvents;
import energy.mwolo.audit.log.model.IncomingEvent;
import energy.mwolo.platformtest.Api.Reply;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The log's HTTP API: permissions, paging, filters, one entry, CSV export, verification. */
class AuditApiIT extends AbstractAuditIT {

    private static final List<String> ENDPOINTS = List.of("/api/audit/events/", "/api/audit/events/1/",
            "/api/audit/events/export.csv", "/api/audit/verify/", "/api/audit/checkpoints/",
            "/api/audit/checkpoints/public-key");

    @Autowired
    private AppendingEvents appending;

    private final String type = "test.ApiProbe" + UUID.randomUUID().toString().substring(0, 8);
    private final List<IncomingEvent> seeded = new ArrayList<>();

    @BeforeEach
    void fiveEventsOfOneType() {
        for (int day = 1; day <= 5; day++) {
            seeded.add(Seeds.event(type, day == 3 ? "agence \"Gombe\", Kinshasa\nRDC" : "agency-" + day,
                    day % 2 == 0 ? "user-even" : "user-odd", "{\"day\": " + day + ", \"note\": \"jour " + day + "\"}",
                    Instant.parse("2026-05-0" + day + "T10:00:00Z")));
        }
        appending.append(seeded);
    }

    @Test
    void everyEndpointNeedsATokenAndAuditRead() {
        for (String path : ENDPOINTS) {
            assertThat(api.get(path).send().status()).as(path).isEqualTo(401);
            Reply forbidden = api.get(path).as(Tokens.adminWithoutAuditRead()).send();
            assertThat(forbidden.status()).as(path).isEqualTo(403);
            assertThat(forbidden.json().path("code").asString()).isEqualTo("auth.permission_denied");
            assertThat(api.get(path).as(Tokens.auditor()).send().status()).as(path).isEqualTo(200);
            assertThat(api.get(path).as(Tokens.superAdmin()).send().status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void listsNewestFirstPageByPage() {
        Reply first = api.get("/api/audit/events/?type=" + type + "&page_size=2").as(Tokens.auditor()).send();
        Reply last = api.get("/api/audit/events/?type=" + type + "&page_size=2&page=3").as(Tokens.auditor())
                .send();

        assertThat(first.json().path("count").asLong()).isEqualTo(5);
        assertThat(notes(first)).containsExactly("jour 5", "jour 4");
        assertThat(first.json().path("next").asString()).contains("page=2");
        assertThat(notes(last)).containsExactly("jour 1");
        assertThat(last.json().path("next").isNull()).isTrue();
        assertThat(last.json().path("previous").asString()).contains("page=2");
    }

    @Test
    void filtersBySubjectActorSourceTimeAndSearch() {
        String base = "/api/audit/events/?type=" + type;

        assertThat(notes(list(base + "&subject=agency-2"))).containsExactly("jour 2");
        assertThat(notes(list(base + "&actor=user-even"))).containsExactly("jour 4", "jour 2");
        assertThat(notes(list(base + "&source=seed-service"))).hasSize(5);
        assertThat(notes(list(base + "&source=geo-service"))).isEmpty();
        assertThat(notes(list(base + "&from=2026-05-02&to=2026-05-03"))).containsExactly("jour 3", "jour 2");
        assertThat(notes(list(base + "&from=2026-05-04T10:00:00Z"))).containsExactly("jour 5", "jour 4");
        assertThat(notes(list(base + "&to=2026-05-01T10:00:00Z"))).containsExactly("jour 1");
        assertThat(notes(list(base + "&search=JOUR%204"))).containsExactly("jour 4");
    }

    @Test
    void badFiltersAreAnsweredWith400NamingTheParameter() {
        assertThat(fieldsInError("/api/audit/events/?from=hier")).containsExactly("from");
        assertThat(fieldsInError("/api/audit/events/?to=2026-02-30")).containsExactly("to");
        assertThat(fieldsInError("/api/audit/events/?from=2026-05-03&to=2026-05-01")).containsExactly("to");
        assertThat(fieldsInError("/api/audit/events/?page=0")).containsExactly("page");
        assertThat(fieldsInError("/api/audit/events/export.csv?from=demain")).containsExactly("from");
        assertThat(fieldsInError("/api/audit/verify/?from=abc")).containsExactly("from");
        assertThat(fieldsInError("/api/audit/verify/?from=0")).containsExactly("from");
        assertThat(fieldsInError("/api/audit/verify/?from=5&to=2")).containsExactly("to");
        assertThat(fieldsInError("/api/audit/events/?source_mismatch=maybe")).containsExactly("source_mismatch");
    }

    @Test
    void showsAnEntryByItsNumberOrItsEventId() {
        JsonNode listed = list("/api/audit/events/?type=" + type + "&subject=agency-2").path("results").get(0);
        long seq = listed.path("seq").asLong();
        String eventId = seeded.get(1).eventId();

        Reply bySeq = api.get("/api/audit/events/" + seq + "/").as(Tokens.auditor()).send();
        Reply byId = api.get("/api/audit/events/" + eventId).as(Tokens.auditor()).send();
        Reply unknown = api.get("/api/audit/events/" + UUID.randomUUID() + "/").as(Tokens.auditor()).send();

        assertThat(bySeq.json()).isEqualTo(byId.json()).isEqualTo(listed);
        assertThat(bySeq.json().path("event_id").asString()).isEqualTo(eventId);
        assertThat(bySeq.json().path("payload").path("day").asInt()).isEqualTo(2);
        assertThat(bySeq.json().path("payload_valid").asBoolean()).isTrue();
        assertThat(bySeq.json().path("hash").asString()).hasSize(64);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("code").asString()).isEqualTo("audit.event.not_found");
    }

    @Test
    void exportsTheFilteredRangeAsCsvOldestFirst() {
        Reply export = api.get("/api/audit/events/export.csv?type=" + type + "&from=2026-05-02")
                .as(Tokens.auditor()).send();

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        List<List<String>> rows = Csv.parse(export.body());
        assertThat(rows.get(0)).startsWith("seq", "event_id", "type", "source", "subject", "actor");
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(4))
                .containsExactly("agency-2", "agence \"Gombe\", Kinshasa\nRDC", "agency-4", "agency-5");
        assertThat(rows.get(1).get(12)).isEqualTo("{\"day\": 2, \"note\": \"jour 2\"}");
        assertThat(rows).allMatch(row -> row.size() == 19);
        assertThat(rows.get(0).subList(16, 19))
                .containsExactly("source_mismatch", "headers_truncated", "payload_truncated");
    }

    @Test
    void verificationAnswersValidWithTheEntriesChecked() {
        JsonNode verdict = api.get("/api/audit/verify/").as(Tokens.auditor()).send().json();
        JsonNode range = api.get("/api/audit/verify/?from=2&to=3").as(Tokens.auditor()).send().json();

        assertThat(verdict.path("valid").asBoolean()).isTrue();
        assertThat(verdict.path("checked").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(verdict.path("first_invalid_seq").isNull()).isTrue();
        assertThat(verdict.path("reason").isNull()).isTrue();
        assertThat(range.path("checked").asLong()).isEqualTo(2);
    }

    private JsonNode list(String path) {
        Reply reply = api.get(path).as(Tokens.auditor()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static List<String> notes(Reply reply) {
        return notes(reply.json());
    }

    private static List<String> notes(JsonNode page) {
        List<String> notes = new ArrayList<>();
        page.path("results").forEach(entry -> notes.add(entry.path("payload").path("note").asString()));
        return notes;
    }

    private List<String> fieldsInError(String path) {
        Reply reply = api.get(path).as(Tokens.auditor()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        return reply.fieldsInError();
    }
}
