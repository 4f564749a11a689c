package energy.mwolo.hr.evaluations;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.hr.AbstractApiIT;
import energy.mwolo.hr.Tokens;
import energy.mwolo.platformtest.Api;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EvaluationApiIT extends AbstractApiIT {

    private static final String PATH = "/api/hr/evaluations/";

    @Test
    void theManagerReviewsItsReportWhoAcknowledgesWithAComment() {
        UUID manager = hire();
        UUID employee = hireUnder(manager);
        String period = openPeriod();

        Api.Reply opened = post(PATH, Map.of("period", period, "employee", employee.toString(),
                "objectives", List.of("Relevés à temps", "Sécurité")), Tokens.employee(manager));
        String id = opened.json().path("id").asString();
        Api.Reply scored = api.put(PATH + id + "/scores/", Map.of("objectives", List.of(
                        Map.of("title", "Relevés à temps", "score", 4), Map.of("title", "Sécurité", "score", 5)),
                "overall_score", 4, "reviewer_comment", "Bonne année")).as(Tokens.employee(manager)).send();
        Api.Reply submitted = post(PATH + id + "/submit/", Map.of(), Tokens.employee(manager));
        Api.Reply acknowledged = post(PATH + id + "/acknowledge/", Map.of("comment", "Merci"),
                Tokens.employee(employee));

        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.json().path("reviewer").asString()).isEqualTo(manager.toString());
        assertThat(scored.status()).as(scored.toString()).isEqualTo(200);
        assertThat(submitted.json().path("status").asString()).isEqualTo("submitted");
        assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
        assertThat(acknowledged.json().path("status").asString()).isEqualTo("acknowledged");
        assertThat(acknowledged.json().path("employee_comment").asString()).isEqualTo("Merci");
        assertThat(acknowledged.json().path("objectives").get(1).path("score").asInt()).isEqualTo(5);
    }

    @Test
    void hrSeesAllAManagerItsTeamsAndAnEmployeeItsOwnOnly() {
        UUID manager = hire();
        UUID employee = hireUnder(manager);
        UUID colleague = hireUnder(manager);
        UUID outsider = hire();
        String period = openPeriod();
        String id = post(PATH, Map.of("period", period, "employee", employee.toString(), "objectives",
                List.of("Relevés")), Tokens.hr()).json().path("id").asString();
        post(PATH, Map.of("period", period, "employee", colleague.toString(), "objectives", List.of("Relevés")),
                Tokens.hr());

        assertThat(api.get(PATH + id + "/").as(Tokens.hr()).send().status()).isEqualTo(200);
        assertThat(api.get(PATH + id + "/").as(Tokens.employee(manager)).send().status()).isEqualTo(200);
        assertThat(api.get(PATH + id + "/").as(Tokens.employee(employee)).send().status()).isEqualTo(200);
        assertThat(api.get(PATH + id + "/").as(Tokens.employee(colleague)).send().status()).isEqualTo(404);
        assertThat(api.get(PATH + id + "/").as(Tokens.employee(outsider)).send().status()).isEqualTo(404);
        assertThat(api.get(PATH + "?period=" + period).as(Tokens.employee(manager)).send().json()).hasSize(2);
        assertThat(api.get(PATH + "?period=" + period).as(Tokens.employee(employee)).send().json()).hasSize(1);
        assertThat(api.get(PATH + "?period=" + period).as(Tokens.employee(outsider)).send().json()).isEmpty();
        assertThat(api.get(PATH + "?period=" + period).as(Tokens.hr()).send().json()).hasSize(2);
    }

    @Test
    void badInputGetsClearProblems() {
        UUID manager = hire();
        UUID employee = hireUnder(manager);
        String period = openPeriod();
        String id = post(PATH, Map.of("period", period, "employee", employee.toString(), "objectives",
                List.of("Relevés")), Tokens.employee(manager)).json().path("id").asString();

        Api.Reply twice = post(PATH, Map.of("period", period, "employee", employee.toString(), "objectives",
                List.of("Relevés")), Tokens.hr());
        Api.Reply byStranger = post(PATH, Map.of("period", period, "employee", hire().toString(), "objectives",
                List.of("Relevés")), Tokens.employee(employee));
        Api.Reply noManager = post(PATH, Map.of("period", period, "employee", manager.toString(), "objectives",
                List.of("Relevés")), Tokens.hr());
        Api.Reply badScore = api.put(PATH + id + "/scores/", Map.of("objectives",
                List.of(Map.of("title", "Relevés", "score", 6)), "overall_score", 3))
                .as(Tokens.employee(manager)).send();
        Api.Reply selfScored = api.put(PATH + id + "/scores/", Map.of("objectives",
                List.of(Map.of("title", "Relevés", "score", 5)), "overall_score", 5))
                .as(Tokens.employee(employee)).send();
        Api.Reply incomplete = post(PATH + id + "/submit/", Map.of(), Tokens.employee(manager));
        Api.Reply earlyAck = post(PATH + id + "/acknowledge/", Map.of(), Tokens.employee(employee));
        Api.Reply backwards = post("/api/hr/evaluation-periods/", Map.of("name", "P-" + UUID.randomUUID(),
                "start_date", "2026-12-31", "end_date", "2026-01-01"), Tokens.hr());

        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("hr.evaluation.exists");
        assertThat(byStranger.status()).isEqualTo(403);
        assertThat(noManager.status()).isEqualTo(422);
        assertThat(noManager.code()).isEqualTo("hr.evaluation.no_manager");
        assertThat(badScore.status()).isEqualTo(400);
        assertThat(badScore.code()).isEqualTo("hr.evaluation.score_invalid");
        assertThat(selfScored.status()).isEqualTo(403);
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.code()).isEqualTo("hr.evaluation.incomplete");
        assertThat(earlyAck.status()).isEqualTo(409);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.code()).isEqualTo("hr.evaluation.period_end_before_start");
    }

    private String openPeriod() {
        Api.Reply reply = post("/api/hr/evaluation-periods/", Map.of("name", "Année 2026 " + UUID.randomUUID(),
                "start_date", "2026-01-01", "end_date", "2026-12-31"), Tokens.hr());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().path("id").asString();
    }
}
