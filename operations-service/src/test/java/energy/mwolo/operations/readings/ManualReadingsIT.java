package energy.mwolo.operations.readings;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.operations.AbstractApiIT;
import energy.mwolo.operations.Tokens;
import energy.mwolo.platformtest.Api;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Readings taken on site by agents: validated and stored as a device's, told at once when refused. */
class ManualReadingsIT extends AbstractApiIT {

    @Test
    void anAgentsReadingIsStoredAsManualAndValidatedAsADevicesIs() {
        UUID meter = meter(customer().site());
        Instant earlier = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant later = earlier.plus(1, ChronoUnit.DAYS);

        Api.Reply first = post(path(meter), Map.of("register_kwh", "1200.5", "read_at", earlier.toString(),
                "note", "index lu sur l'afficheur"), Tokens.operations());
        Api.Reply second = post(path(meter), Map.of("register_kwh", "1100", "read_at", later.toString()),
                Tokens.operations());

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().path("source").asString()).isEqualTo("manual");
        assertThat(first.json().path("register_kwh").asString()).isEqualTo("1200.500");
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.json().path("flags").toString()).contains("negative_consumption");
        Api.Reply shown = api.get("/api/operations/meters/" + meter + "/").as(Tokens.operations()).send();
        assertThat(shown.json().path("last_reading_kwh").asString()).as("a register gone down is not the meter's last")
                .isEqualTo("1200.500");
        assertThat(api.get(path(meter)).as(Tokens.operations()).send().json().path("count").asLong()).isEqualTo(2);
    }

    @Test
    void aSecondReadingAtTheSameInstantAFutureOneAndABadRegisterAreRefused() {
        UUID meter = meter(customer().site());
        Instant at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        post(path(meter), Map.of("register_kwh", "10", "read_at", at.toString()), Tokens.operations());

        Api.Reply again = post(path(meter), Map.of("register_kwh", "11", "read_at", at.toString()),
                Tokens.operations());
        Api.Reply future = post(path(meter), Map.of("register_kwh", "11",
                "read_at", Instant.now().plus(1, ChronoUnit.HOURS).toString()), Tokens.operations());
        Api.Reply tooPrecise = post(path(meter), Map.of("register_kwh", "11.1234"), Tokens.operations());
        Api.Reply missing = post(path(meter), Map.of(), Tokens.operations());

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asString()).isEqualTo("readings.manual.duplicate");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().path("errors").get(0).path("field").asString()).isEqualTo("read_at");
        assertThat(tooPrecise.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(api.get(path(meter)).as(Tokens.operations()).send().json().path("count").asLong()).isEqualTo(1);
    }

    @Test
    void onlyStaffWhoMayCreateRecordReadings() {
        UUID client = UUID.randomUUID();
        UUID meter = meter(site(client, true));

        assertThat(post(path(meter), Map.of("register_kwh", "10"), Tokens.clientOf(client)).status()).isEqualTo(403);
        assertThat(post(path(meter), Map.of("register_kwh", "10"), Tokens.accountant()).status()).isEqualTo(403);
        assertThat(post("/api/operations/meters/" + UUID.randomUUID() + "/readings/", Map.of("register_kwh", "10"),
                Tokens.operations()).status()).isEqualTo(404);
    }

    @Test
    void thePhotoOfTheDisplayIsKeptWithItsReadingAndShownToStaffOnly() {
        UUID client = UUID.randomUUID();
        UUID meter = meter(site(client, true));
        Instant at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        post(path(meter), Map.of("register_kwh", "42", "read_at", at.toString()), Tokens.operations());
        byte[] jpeg = new byte[2048];
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        String photo = path(meter) + at + "/photo/";

        Api.Reply stored = api.put(photo, jpeg).as(Tokens.operations()).send();
        Api.Reply notAnImage = api.put(photo, "index 42".getBytes()).as(Tokens.operations()).send();
        Api.Reply noReading = api.put(path(meter) + at.minusSeconds(60) + "/photo/", jpeg).as(Tokens.operations())
                .send();

        assertThat(stored.status()).as(stored.toString()).isEqualTo(204);
        assertThat(notAnImage.status()).isEqualTo(400);
        assertThat(notAnImage.code()).isEqualTo("readings.photo.type");
        assertThat(noReading.status()).isEqualTo(404);
        Api.Reply shown = api.get(photo).as(Tokens.accountant()).send();
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.contentType()).startsWith("image/jpeg");
        assertThat(jdbc.sql("select size_bytes from reading_photos where meter_id = ?").param(meter)
                .query(Integer.class).single()).isEqualTo(2048);
        assertThat(api.get(photo).as(Tokens.clientOf(client)).send().status()).isEqualTo(403);
        assertThat(api.put(photo, jpeg).as(Tokens.accountant()).send().status()).isEqualTo(403);
    }

    private static String path(UUID meter) {
        return "/api/operations/meters/" + meter + "/readings/";
    }
}
