package energy.mwolo.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.AbstractApiIT;
import energy.mwolo.billing.Tokens;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Invoices drafted by hand, issued, credited and cancelled through HTTP; their events on the topic. */
class InvoiceApiIT extends AbstractApiIT {

    private static final LocalDate LONG_AGO = LocalDate.of(2025, 1, 1);

    @BeforeEach
    void theDaysRate() {
        rateOfToday();
    }

    private Api.Reply draft(UUID contract, String period) {
        return api.post("/api/billing/invoices/", Map.of("contract", contract.toString(), "period", period))
                .as(Tokens.accountant()).header("Idempotency-Key", key()).send();
    }

    private JsonNode drafted(UUID contract, String period) {
        Api.Reply reply = draft(contract, period);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private Api.Reply post(String path, Object body) {
        return api.post(path, body).as(Tokens.accountant()).header("Idempotency-Key", key()).send();
    }

    private JsonNode issued(UUID contract, String period) {
        String id = drafted(contract, period).path("id").asString();
        Api.Reply issued = post("/api/billing/invoices/" + id + "/issue/", null);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        return issued.json();
    }

    @Test
    void aFlatFeeContractOnItsOwnTermsPaysItsFeePlusVat() {
        UUID contract = contract(client(), "monthly_flat_fee", "15000", null, null, "CDF", LONG_AGO, null);

        JsonNode invoice = drafted(contract, "2026-03");

        assertThat(invoice.path("status").asString()).isEqualTo("draft");
        assertThat(invoice.path("number").isNull()).isTrue();
        assertThat(invoice.path("lines")).hasSize(1);
        assertThat(invoice.path("lines").get(0).path("amount").asString()).isEqualTo("15000.00");
        assertThat(invoice.path("lines").get(0).path("tax_rate").asString()).isEqualTo("0.1600");
        assertThat(invoice.path("subtotal").asString()).isEqualTo("15000.00");
        assertThat(invoice.path("tax").asString()).isEqualTo("2400.00");
        assertThat(invoice.path("total").asString()).isEqualTo("17400.00");
        assertThat(invoice.path("period_start").asString()).isEqualTo("2026-03-01");
        assertThat(invoice.path("period_end").asString()).isEqualTo("2026-03-31");
    }

    @Test
    void aMeteredContractOnAUsdTariffIsBilledInFrancsByBlockWithTheUntaxedLightingTax() {
        UUID contract = contract(client(), "metered", null, "250", "RES", "CDF", LONG_AGO, null);
        consumption(contract, "2026-03", "350");

        JsonNode invoice = drafted(contract, "2026-03");

        assertThat(invoice.path("lines").valueStream().map(line -> line.path("kind").asString() + " "
                + line.path("quantity").asString() + " x " + line.path("unit_price").asString() + " = "
                + line.path("amount").asString())).containsExactly(
                "fixed_fee 1 x 8400.00 = 8400.00",
                "energy 100.000 x 196.0000 = 19600.00",
                "energy 200.000 x 252.0000 = 50400.00",
                "energy 50.000 x 308.0000 = 15400.00",
                "fixed_charge 1 x 500.00 = 500.00");
        assertThat(invoice.path("lines").get(4).path("tax_rate").asString()).isEqualTo("0");
        assertThat(invoice.path("subtotal").asString()).isEqualTo("94300.00");
        assertThat(invoice.path("tax").asString()).isEqualTo("15008.00");
        assertThat(invoice.path("total").asString()).isEqualTo("109308.00");
    }

    @Test
    void aContractStartedMidMonthPaysItsShareOfTheMonth() {
        UUID contract = contract(client(), "monthly_flat_fee", "10.00", null, null, "USD",
                LocalDate.of(2026, 3, 17), null);

        JsonNode invoice = drafted(contract, "2026-03");

        assertThat(invoice.path("lines").get(0).path("description").asString())
                .isEqualTo("Abonnement mensuel (15/31 jours)");
        assertThat(invoice.path("total").asString()).isEqualTo("5.61");
    }

    @Test
    void aMeteredMonthWithoutConsumptionAnUnknownTariffOrAContractNotYetStartedIsRefused() {
        UUID client = client();
        UUID noConsumption = contract(client, "metered", null, "250", null, "CDF", LONG_AGO, null);
        UUID unknownTariff = contract(client, "monthly_flat_fee", null, null, "NOPE", "CDF", LONG_AGO, null);
        UUID later = contract(client, "monthly_flat_fee", "100", null, null, "CDF", LocalDate.of(2026, 5, 1), null);

        Api.Reply missing = draft(noConsumption, "2026-03");
        Api.Reply tariff = draft(unknownTariff, "2026-03");
        Api.Reply notStarted = draft(later, "2026-03");
        Api.Reply badPeriod = draft(later, "2026-13");
        Api.Reply unknown = draft(UUID.randomUUID(), "2026-03");

        assertThat(missing.status()).isEqualTo(409);
        assertThat(missing.code()).isEqualTo("billing.consumption.missing");
        assertThat(tariff.status()).isEqualTo(422);
        assertThat(tariff.code()).isEqualTo("billing.tariff.not_found");
        assertThat(notStarted.status()).isEqualTo(409);
        assertThat(notStarted.code()).isEqualTo("billing.contract.not_billable");
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.fieldsInError()).containsExactly("period");
        assertThat(unknown.status()).isEqualTo(422);
    }

    @Test
    void aMonthIsBilledOnceAndTotalsAreNeverTakenFromTheClient() {
        UUID contract = contract(client(), "monthly_flat_fee", "15000", null, null, "CDF", LONG_AGO, null);
        drafted(contract, "2026-02");

        Api.Reply again = draft(contract, "2026-02");
        Api.Reply withTotals = api.post("/api/billing/invoices/", Map.of("contract", contract.toString(),
                        "period", "2026-01", "total", "1.00", "lines", List.of()))
                .as(Tokens.accountant()).header("Idempotency-Key", key()).send();

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("billing.invoice.exists");
        assertThat(withTotals.status()).isEqualTo(201);
        assertThat(withTotals.json().path("total").asString()).isEqualTo("17400.00");
    }

    @Test
    void issuingNumbersTheInvoiceMakesItDueInFifteenDaysAndPublishesInvoiceIssued() {
        UUID contract = contract(client(), "monthly_flat_fee", "15000", null, null, "CDF", LONG_AGO, null);

        JsonNode invoice = issued(contract, "2026-03");

        LocalDate today = BusinessTime.system().today();
        assertThat(invoice.path("status").asString()).isEqualTo("issued");
        assertThat(invoice.path("number").asString()).matches("FAC-" + today.getYear() + "-\\d{6}");
        assertThat(invoice.path("issue_date").asString()).isEqualTo(today.toString());
        assertThat(invoice.path("due_date").asString()).isEqualTo(today.plusDays(15).toString());
        assertThat(invoice.path("balance").asString()).isEqualTo("17400.00");
        String id = invoice.path("id").asString();
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), "billing.invoice.events")) {
            ReceivedEvent issued = events.awaitAtLeast(1, e -> id.equals(e.key())
                    && "billing.InvoiceIssued".equals(e.header("ce_type")), Duration.ofSeconds(30)).get(0);
            assertThat(json(issued.value()).path("number").asString()).isEqualTo(invoice.path("number").asString());
            assertThat(json(issued.value()).path("total").asString()).isEqualTo("17400.00");
        }
        Api.Reply twice = post("/api/billing/invoices/" + id + "/issue/", null);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("billing.invoice.transition");
    }

    @Test
    void creditNotesReduceTheBalanceAndOneAboveItIsRefused() {
        UUID contract = contract(client(), "monthly_flat_fee", "15000", null, null, "CDF", LONG_AGO, null);
        String id = issued(contract, "2026-03").path("id").asString();

        Api.Reply partial = post("/api/billing/invoices/" + id + "/credit-notes/",
                Map.of("amount", "1400.00", "reason", "Coupure de 2 jours"));
        Api.Reply tooMuch = post("/api/billing/invoices/" + id + "/credit-notes/",
                Map.of("amount", "16000.01", "reason", "Erreur"));
        Api.Reply negative = post("/api/billing/invoices/" + id + "/credit-notes/",
                Map.of("amount", "-5", "reason", "Erreur"));

        assertThat(partial.status()).as(partial.toString()).isEqualTo(201);
        assertThat(partial.json().path("number").asString()).matches("AV-\\d{4}-\\d{6}");
        assertThat(partial.json().path("kind").asString()).isEqualTo("partial");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.code()).isEqualTo("billing.credit_note.exceeds_balance");
        assertThat(negative.status()).isEqualTo(400);
        JsonNode invoice = api.get("/api/billing/invoices/" + id + "/").as(Tokens.accountant()).send().json();
        assertThat(invoice.path("balance").asString()).isEqualTo("16000.00");
        assertThat(invoice.path("amount_credited").asString()).isEqualTo("1400.00");
        assertThat(invoice.path("credit_notes")).hasSize(1);
    }

    @Test
    void cancellingIsAFullCreditNoteThatFreesTheMonthForACorrectedInvoice() {
        UUID contract = contract(client(), "monthly_flat_fee", "15000", null, null, "CDF", LONG_AGO, null);
        String id = issued(contract, "2026-03").path("id").asString();

        Api.Reply cancelled = post("/api/billing/invoices/" + id + "/cancel/", Map.of("reason", "Mauvais tarif"));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(201);
        assertThat(cancelled.json().path("kind").asString()).isEqualTo("full");
        assertThat(cancelled.json().path("amount").asString()).isEqualTo("17400.00");
        JsonNode invoice = api.get("/api/billing/invoices/" + id + "/").as(Tokens.accountant()).send().json();
        assertThat(invoice.path("status").asString()).isEqualTo("cancelled");
        assertThat(invoice.path("balance").asString()).isEqualTo("0.00");
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), "billing.invoice.events")) {
            JsonNode credited = json(events.awaitAtLeast(1, e -> id.equals(e.key())
                    && "billing.InvoiceCredited".equals(e.header("ce_type")), Duration.ofSeconds(30)).get(0).value());
            assertThat(credited.path("kind").asString()).isEqualTo("full");
            assertThat(credited.path("remaining_balance").asString()).isEqualTo("0.00");
        }
        assertThat(draft(contract, "2026-03").status()).isEqualTo(201);
    }

    @Test
    void aDraftIsDiscardedButAnIssuedInvoiceIsNot() {
        UUID contract = contract(client(), "monthly_flat_fee", "15000", null, null, "CDF", LONG_AGO, null);
        String draftId = drafted(contract, "2026-01").path("id").asString();
        String issuedId = issued(contract, "2026-02").path("id").asString();

        assertThat(api.delete("/api/billing/invoices/" + draftId + "/").as(Tokens.accountant()).send().status())
                .isEqualTo(204);
        Api.Reply refused = api.delete("/api/billing/invoices/" + issuedId + "/").as(Tokens.accountant()).send();
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("billing.invoice.not_a_draft");
        assertThat(api.get("/api/billing/invoices/" + draftId + "/").as(Tokens.accountant()).send().status())
                .isEqualTo(404);
    }

    @Test
    void writesTakeAnIdempotencyKeyAndARetryGetsTheFirstAnswer() {
        UUID contract = contract(client(), "monthly_flat_fee", "15000", null, null, "CDF", LONG_AGO, null);
        String key = key();
        String accountant = Tokens.accountant();

        Api.Reply first = api.post("/api/billing/invoices/", Map.of("contract", contract.toString(),
                "period", "2026-03")).as(accountant).header("Idempotency-Key", key).send();
        Api.Reply retry = api.post("/api/billing/invoices/", Map.of("contract", contract.toString(),
                "period", "2026-03")).as(accountant).header("Idempotency-Key", key).send();
        Api.Reply withoutKey = api.post("/api/billing/invoices/", Map.of("contract", contract.toString(),
                "period", "2026-04")).as(Tokens.accountant()).send();

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(retry.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(withoutKey.status()).isEqualTo(400);
        assertThat(withoutKey.code()).isEqualTo("idempotency.key_required");
    }
}
