package energy.mwolo.hr.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.hr.AbstractApiIT;
import energy.mwolo.hr.Tokens;
import energy.mwolo.platformtest.Api;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class KioskClockingIT extends AbstractApiIT {

    private static final String CLOCKINGS = "/api/hr/kiosk-clockings/";
    private static final String CREDENTIAL = "X-Kiosk-Credential";

    @Test
    void aKioskClocksAnEmployeeInAndOutByItsBadge() {
        UUID employee = hire();
        Kiosk kiosk = register("kiosk");
        String badge = issueBadge(employee);

        Api.Reply in = clock(kiosk.credential(), badge, "in");
        Api.Reply again = clock(kiosk.credential(), badge, "in");
        Api.Reply out = clock(kiosk.credential(), badge, "out");

        assertThat(in.status()).as(in.toString()).isEqualTo(200);
        assertThat(in.json().path("employee").asString()).isEqualTo(employee.toString());
        assertThat(in.json().path("clock_in_source").asString()).isEqualTo("kiosk");
        assertThat(in.json().path("clock_in_kiosk").asString()).isEqualTo(kiosk.id());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("hr.attendance.already_clocked_in");
        assertThat(out.status()).as(out.toString()).isEqualTo(200);
        assertThat(out.json().path("clock_out_source").asString()).isEqualTo("kiosk");
    }

    @Test
    void aBadgeReaderRecordsTheBadgeSource() {
        Api.Reply in = clock(register("badge_reader").credential(), issueBadge(hire()), "in");

        assertThat(in.status()).as(in.toString()).isEqualTo(200);
        assertThat(in.json().path("clock_in_source").asString()).isEqualTo("badge");
    }

    @Test
    void clockingOutBeforeClockingInIsAConflict() {
        Api.Reply out = clock(register("kiosk").credential(), issueBadge(hire()), "out");

        assertThat(out.status()).isEqualTo(409);
        assertThat(out.code()).isEqualTo("hr.attendance.not_clocked_in");
    }

    @Test
    void withoutAValidKioskCredentialNothingIsClockedWhateverTheBadge() {
        UUID employee = hire();
        String badge = issueBadge(employee);
        Kiosk kiosk = register("kiosk");
        String wrongSecret = kiosk.credential().substring(0, kiosk.credential().lastIndexOf('.') + 1) + "guess";
        Kiosk revoked = register("kiosk");
        post("/api/hr/kiosks/" + revoked.id() + "/revoke/", Map.of(), Tokens.hr());

        for (String credential : new String[] {null, "", "MWK1.x.y", wrongSecret, revoked.credential(),
                Tokens.hr()}) {
            Api.Reply reply = clock(credential, badge, "in");
            assertThat(reply.status()).as(String.valueOf(credential)).isEqualTo(401);
            assertThat(reply.code()).isEqualTo("hr.kiosk.unauthenticated");
        }
        assertThat(jdbc.sql("select count(*) from attendance_days where employee_id = ?").param(employee)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aForgedGuessedOrRevokedBadgeIsRefused() {
        UUID employee = hire();
        Kiosk kiosk = register("kiosk");
        String first = issueBadge(employee);
        String forged = first.substring(0, first.length() - 2) + (first.endsWith("AA") ? "BB" : "AA");
        String replacement = issueBadge(employee);

        assertThat(clock(kiosk.credential(), forged, "in").code()).isEqualTo("hr.badge.invalid");
        assertThat(clock(kiosk.credential(), "EMP-00001", "in").code()).isEqualTo("hr.badge.invalid");
        Api.Reply replaced = clock(kiosk.credential(), first, "in");
        assertThat(replaced.status()).isEqualTo(403);
        assertThat(replaced.code()).isEqualTo("hr.badge.revoked");
        assertThat(clock(kiosk.credential(), replacement, "in").status()).isEqualTo(200);

        String id = api.get("/api/hr/badges/?employee=" + employee).as(Tokens.hr()).send().json().get(0)
                .path("id").asString();
        post("/api/hr/badges/" + id + "/revoke/", Map.of(), Tokens.hr());
        assertThat(clock(kiosk.credential(), replacement, "out").code()).isEqualTo("hr.badge.revoked");
    }

    @Test
    void aBadgeOrAKioskCredentialNeverOpensAUserSession() {
        UUID employee = hire();
        String badge = issueBadge(employee);
        String credential = register("kiosk").credential();

        for (String bearer : new String[] {badge, credential}) {
            Api.Reply reply = api.get("/api/hr/employees/" + employee + "/")
                    .header("Authorization", "Bearer " + bearer).send();
            assertThat(reply.status()).isEqualTo(401);
            Api.Reply clockIn = api.post("/api/hr/attendance/clock-in/", Map.of())
                    .header("Authorization", "Bearer " + bearer)
                    .header(IDEMPOTENCY_KEY, UUID.randomUUID().toString()).send();
            assertThat(clockIn.status()).isEqualTo(401);
        }
    }

    @Test
    void theKioskCredentialIsShownOnceAndStoredHashed() {
        Kiosk kiosk = register("kiosk");

        Api.Reply list = api.get("/api/hr/kiosks/?agency=" + AGENCY).as(Tokens.hr()).send();

        assertThat(kiosk.credential()).startsWith("MWK1.");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(kiosk.id()).doesNotContain(kiosk.credential().substring(50));
        byte[] stored = jdbc.sql("select credential_hash from kiosks where id = ?").param(UUID.fromString(kiosk.id()))
                .query(byte[].class).single();
        assertThat(stored).hasSize(32);
        String secret = kiosk.credential().substring(kiosk.credential().lastIndexOf('.') + 1);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
        assertThat(jdbc.sql("select count(*) from idempotency_keys where convert_from(response_body, 'UTF8') like ?")
                .param("%" + secret + "%").query(Long.class).single()).isZero();
    }

    @Test
    void onlyHrRegistersKiosksAndIssuesBadges() {
        UUID employee = hire();
        String token = Tokens.employee(employee);

        assertThat(post("/api/hr/kiosks/", Map.of("agency", AGENCY.toString(), "name", "Entrée"), token).status())
                .isEqualTo(403);
        assertThat(post("/api/hr/badges/", Map.of("employee", employee.toString()), token).status()).isEqualTo(403);
    }

    @Test
    void aPositionOutsideTheAgencysGeofenceIsRefusedAndOneInsideAccepted() {
        Api.Reply fence = api.put("/api/hr/agency-geofences/" + AGENCY + "/",
                Map.of("latitude", -4.3697, "longitude", 15.3440, "radius_metres", 300)).as(Tokens.hr()).send();
        assertThat(fence.status()).as(fence.toString()).isEqualTo(200);
        UUID employee = hire();
        String token = Tokens.employee(employee);
        Kiosk kiosk = register("kiosk");
        String badge = issueBadge(hire());

        Api.Reply far = post("/api/hr/attendance/clock-in/", Map.of("latitude", -4.3050, "longitude", 15.3100),
                token);
        Api.Reply half = post("/api/hr/attendance/clock-in/", Map.of("latitude", -4.3680), token);
        Api.Reply kioskFar = clock(kiosk.credential(), badge, "in", -4.3050, 15.3100);
        Api.Reply near = post("/api/hr/attendance/clock-in/", Map.of("latitude", -4.3680, "longitude", 15.3450),
                token);

        assertThat(far.status()).isEqualTo(422);
        assertThat(far.code()).isEqualTo("hr.attendance.outside_geofence");
        assertThat(half.status()).isEqualTo(400);
        assertThat(kioskFar.code()).isEqualTo("hr.attendance.outside_geofence");
        assertThat(near.status()).as(near.toString()).isEqualTo(201);
        assertThat(jdbc.sql("select clock_in_latitude from attendance_days where employee_id = ?").param(employee)
                .query(Double.class).single()).isEqualTo(-4.368);
    }

    @Test
    void concurrentIssuesForOneEmployeeLeaveOneBadgeInForce() throws Exception {
        UUID employee = hire();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> issues = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                issues.add(() -> post("/api/hr/badges/", Map.of("employee", employee.toString()), Tokens.hr())
                        .status());
            }
            for (Future<Integer> status : pool.invokeAll(issues)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).containsOnly(201);
        assertThat(jdbc.sql("select count(*) from badges where employee_id = ? and revoked_at is null")
                .param(employee).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from badges where employee_id = ?").param(employee)
                .query(Long.class).single()).isEqualTo(4);
    }

    private record Kiosk(String id, String credential) {
    }

    private Kiosk register(String kind) {
        Api.Reply reply = post("/api/hr/kiosks/", Map.of("agency", AGENCY.toString(), "name", "Entrée principale",
                "kind", kind), Tokens.hr());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return new Kiosk(reply.json().path("id").asString(), reply.json().path("credential").asString());
    }

    private String issueBadge(UUID employee) {
        Api.Reply reply = post("/api/hr/badges/", Map.of("employee", employee.toString()), Tokens.hr());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().path("token").asString();
    }

    private Api.Reply clock(String credential, String badge, String direction) {
        return clock(credential, badge, direction, null, null);
    }

    private Api.Reply clock(String credential, String badge, String direction, Double latitude, Double longitude) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("badge", badge);
        body.put("direction", direction);
        if (latitude != null) {
            body.put("latitude", latitude);
            body.put("longitude", longitude);
        }
        Api.Call call = api.post(CLOCKINGS, body);
        if (credential != null) {
            call = call.header(CREDENTIAL, credential);
        }
        return call.send();
    }
}
