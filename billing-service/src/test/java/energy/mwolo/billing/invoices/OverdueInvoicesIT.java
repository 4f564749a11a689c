package energy.mwolo.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.AbstractApiIT;
import energy.mwolo.billing.Tokens;
import energy.mwolo.billing.invoices.application.MarkingOverdueInvoices;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The daily job: overdue from the day after the due date, InvoiceOverdue published once, even by two at once. */
class OverdueInvoicesIT extends AbstractApiIT {

    @Autowired
    private MarkingOverdueInvoices marking;

    private JsonNode issued() {
        UUID contract = contract(client(), "monthly_flat_fee", "15000", null, null, "CDF", LocalDate.of(2025, 1, 1),
                null);
        String id = api.post("/api/billing/invoices/", Map.of("contract", contract.toString(), "period", "2026-03"))
                .as(Tokens.accountant()).header("Idempotency-Key", key()).send().json().path("id").asString();
        return api.post("/api/billing/invoices/" + id + "/issue/", null).as(Tokens.accountant())
                .header("Idempotency-Key", key()).send().json();
    }

    private String status(String id) {
        return api.get("/api/billing/invoices/" + id + "/").as(Tokens.accountant()).send().json().path("status")
                .asString();
    }

    @Test
    void anInvoiceBecomesOverdueTheDayAfterItsDueDateAndIsAnnouncedOnce() throws Exception {
        JsonNode invoice = issued();
        String id = invoice.path("id").asString();
        LocalDate due = LocalDate.parse(invoice.path("due_date").asString());

        marking.markOverdueOn(due);
        assertThat(status(id)).isEqualTo("issued");

        ExecutorService twoInstances = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = () -> marking.markOverdueOn(due.plusDays(3));
            twoInstances.invokeAll(List.of(run, run));
        } finally {
            twoInstances.shutdown();
        }
        marking.markOverdueOn(due.plusDays(4));

        assertThat(status(id)).isEqualTo("overdue");
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), "billing.invoice.events")) {
            List<ReceivedEvent> overdue = events.awaitAtLeast(1, e -> id.equals(e.key())
                    && "billing.InvoiceOverdue".equals(e.header("ce_type")), Duration.ofSeconds(30));
            assertThat(json(overdue.get(0).value()).path("days_overdue").asInt()).isEqualTo(3);
            assertThat(json(overdue.get(0).value()).path("balance").asString()).isEqualTo("17400.00");
            List<ReceivedEvent> all = events.readAll(Duration.ofSeconds(2));
            assertThat(all).filteredOn(e -> id.equals(e.key()) && "billing.InvoiceOverdue".equals(e.header("ce_type")))
                    .hasSize(1);
        }
    }

    @Test
    void aFullyCreditedInvoiceIsNeverOverdue() {
        JsonNode invoice = issued();
        String id = invoice.path("id").asString();
        Api.Reply cancelled = api.post("/api/billing/invoices/" + id + "/cancel/", Map.of("reason", "Doublon"))
                .as(Tokens.accountant()).header("Idempotency-Key", key()).send();
        assertThat(cancelled.status()).isEqualTo(201);

        marking.markOverdueOn(LocalDate.parse(invoice.path("due_date").asString()).plusDays(30));

        assertThat(status(id)).isEqualTo("cancelled");
    }
}
