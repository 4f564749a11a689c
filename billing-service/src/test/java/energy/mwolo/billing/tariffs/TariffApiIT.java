package energy.mwolo.billing.tariffs;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.AbstractApiIT;
import energy.mwolo.billing.Tokens;
import energy.mwolo.platformtest.Api;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The catalogue as accountants keep it and everyone who reads billing sees it. */
class TariffApiIT extends AbstractApiIT {

    private static String freshCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static Map<String, Object> tariff(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code.toLowerCase());
        body.put("name", "Semi-industriel");
        body.put("currency", "USD");
        body.put("valid_from", "2026-01-01");
        body.put("monthly_fee", "25.00");
        body.put("blocks", List.of(Map.of("up_to_kwh", "1000", "price_per_kwh", "0.1050"),
                Map.of("price_per_kwh", "0.1250")));
        body.put("fixed_charges", List.of(Map.of("code", "ECL-PUB", "label", "Taxe d’éclairage public",
                "amount", "500", "currency", "CDF")));
        return body;
    }

    private Api.Reply define(Map<String, Object> body) {
        return api.post("/api/billing/tariffs/", body).as(Tokens.accountant()).header("Idempotency-Key", key()).send();
    }

    @Test
    void theSeededCatalogueHasCongoleseLowVoltageClassesWithThePublicLightingTax() {
        Api.Reply reply = api.get("/api/billing/tariffs/").as(Tokens.salesAgent()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> codes = reply.json().valueStream().map(t -> t.path("code").asString()).toList();
        assertThat(codes).contains("COM", "RES", "RES-SOCIAL");
        JsonNode social = api.get("/api/billing/tariffs/res-social/").as(Tokens.salesAgent()).send().json();
        JsonNode first = social.path("versions").get(0);
        assertThat(first.path("valid_from").asString()).isEqualTo("2020-01-01");
        assertThat(first.path("blocks").get(0).path("up_to_kwh").asString()).isEqualTo("50.000");
        assertThat(first.path("blocks").get(2).path("up_to_kwh").isNull()).isTrue();
        assertThat(first.path("fixed_charges").get(0).path("amount").asString()).isEqualTo("500.00");
        assertThat(first.path("fixed_charges").get(0).path("currency").asString()).isEqualTo("CDF");
        assertThat(first.path("fixed_charges").get(0).path("taxable").asBoolean()).isFalse();
    }

    @Test
    void anAccountantDefinesATariffAndAddsAVersionFromALaterDay() {
        String code = freshCode();

        Api.Reply created = define(tariff(code));
        Api.Reply revised = api.post("/api/billing/tariffs/" + code + "/versions/", Map.of(
                        "valid_from", "2026-07-01", "monthly_fee", "27.50",
                        "blocks", List.of(Map.of("price_per_kwh", "0.13"))))
                .as(Tokens.accountant()).header("Idempotency-Key", key()).send();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("code").asString()).isEqualTo(code);
        assertThat(revised.status()).as(revised.toString()).isEqualTo(201);
        JsonNode versions = api.get("/api/billing/tariffs/" + code + "/").as(Tokens.clientOf(UUID.randomUUID()))
                .send().json().path("versions");
        assertThat(versions.valueStream().map(v -> v.path("monthly_fee").asString()).toList())
                .containsExactly("25.00", "27.50");
    }

    @Test
    void aVersionStartingBeforeTheLatestIsAConflictAndChangesNothing() {
        String code = freshCode();
        define(tariff(code));

        Api.Reply refused = api.post("/api/billing/tariffs/" + code + "/versions/",
                        Map.of("valid_from", "2025-12-31", "monthly_fee", "1.00"))
                .as(Tokens.accountant()).header("Idempotency-Key", key()).send();

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("billing.tariff.version_not_after");
        assertThat(api.get("/api/billing/tariffs/" + code + "/").as(Tokens.accountant()).send().json()
                .path("versions").size()).isEqualTo(1);
    }

    @Test
    void badPricesAreBadRequestsNamingTheField() {
        Map<String, Object> descending = tariff(freshCode());
        descending.put("blocks", List.of(Map.of("up_to_kwh", "100", "price_per_kwh", "0.1"),
                Map.of("up_to_kwh", "50", "price_per_kwh", "0.2"), Map.of("price_per_kwh", "0.3")));
        Map<String, Object> tooPrecise = tariff(freshCode());
        tooPrecise.put("blocks", List.of(Map.of("price_per_kwh", "0.123456")));
        Map<String, Object> negativeFee = tariff(freshCode());
        negativeFee.put("monthly_fee", "-1");
        Map<String, Object> euro = tariff(freshCode());
        euro.put("currency", "EUR");

        assertThat(define(descending).fieldsInError()).containsExactly("blocks");
        assertThat(define(tooPrecise).fieldsInError()).containsExactly("blocks[0].price_per_kwh");
        assertThat(define(negativeFee).fieldsInError()).containsExactly("monthly_fee");
        Api.Reply unknownCurrency = define(euro);
        assertThat(unknownCurrency.status()).isEqualTo(400);
        assertThat(unknownCurrency.code()).isEqualTo("billing.currency.unknown");
    }

    @Test
    void anUnknownTariffIsNotFoundAndATakenCodeAConflict() {
        String code = freshCode();
        define(tariff(code));

        assertThat(api.get("/api/billing/tariffs/NOPE-" + code + "/").as(Tokens.accountant()).send().status())
                .isEqualTo(404);
        Api.Reply again = define(tariff(code));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("billing.tariff.exists");
    }

    @Test
    void customersAndSalesAgentsReadTheCatalogueButDoNotChangeIt() {
        for (String token : List.of(Tokens.clientOf(UUID.randomUUID()), Tokens.salesAgent())) {
            Api.Reply refused = api.post("/api/billing/tariffs/", tariff(freshCode())).as(token)
                    .header("Idempotency-Key", key()).send();
            assertThat(refused.status()).isEqualTo(403);
        }
    }
}
