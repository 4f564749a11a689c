package energy.mwolo.billing.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import energy.mwolo.billing.AbstractApiIT;
import energy.mwolo.billing.CrmFixtures;
import energy.mwolo.billing.CrmFixtures.Terms;
import energy.mwolo.billing.Tokens;
import energy.mwolo.billing.documents.RenderedPdf;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.contracts.crm.ClientRegistered;
import energy.mwolo.contracts.crm.ContractActivated;
import energy.mwolo.contracts.crm.SiteRegistered;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.ServiceEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Invoices', credit notes' and payments' receipt PDFs over HTTP, for a client and its site as crm's events
 * described them: who may download which, what a download carries, and that a PDF is drawn once and served from the
 * file storage after.
 */
class DocumentDownloadIT extends AbstractApiIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    private int port;

    @Autowired
    private MeterRegistry meters;

    private ServiceEvents crm;
    private final UUID clientA = UUID.randomUUID();
    private final UUID clientB = UUID.randomUUID();
    private Terms contractA;
    private Terms contractB;

    @BeforeEach
    void twoClientsOfCrmEachWithASiteAndAContract() {
        rateOfToday();
        crm = ServiceEvents.as(bootstrapServers(), ServiceCatalogue.CRM);
        Instant at = Instant.parse("2025-01-01T08:00:00Z");
        contractA = customer(clientA, "3, boulevard du 30 Juin, Gombe, Kinshasa", at);
        contractB = customer(clientB, "12, avenue des Poids Lourds, Limete, Kinshasa", at);
        await().atMost(WAIT).until(() -> known("crm_contracts", contractA.contract())
                && known("crm_contracts", contractB.contract()) && known("crm_sites", contractA.site())
                && known("crm_sites", contractB.site()) && known("crm_clients", clientA)
                && known("crm_clients", clientB));
    }

    @AfterEach
    void close() {
        crm.close();
    }

    private Terms customer(UUID client, String siteAddress, Instant at) {
        UUID site = UUID.randomUUID();
        Terms terms = Terms.flat(client, site, "25", "USD", LocalDate.of(2025, 1, 1));
        crm.publish(ClientRegistered.CONTRACT, client, CrmFixtures.client(client, at));
        crm.publish(SiteRegistered.CONTRACT, site, new SiteRegistered(site, "SITE-" + site.toString().substring(0, 6),
                client, "Maison", "residential", false, true, siteAddress, null, null, at));
        crm.publish(ContractActivated.CONTRACT, terms.contract(), terms.activated(at));
        return terms;
    }

    private boolean known(String table, UUID id) {
        return jdbc.sql("select count(*) from " + table + " where id = ?").param(id).query(Long.class).single() == 1;
    }

    private JsonNode drafted(Terms contract, String period) {
        Api.Reply reply = api.post("/api/billing/invoices/", Map.of("contract", contract.contract().toString(),
                "period", period)).as(Tokens.accountant()).header("Idempotency-Key", key()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    /** An invoice of 25.00 USD and 16 % VAT: 29.00 USD. */
    private JsonNode issued(Terms contract, String period) {
        String id = drafted(contract, period).path("id").asString();
        Api.Reply reply = api.post("/api/billing/invoices/" + id + "/issue/", null).as(Tokens.accountant())
                .header("Idempotency-Key", key()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private JsonNode credited(String invoiceId, String amount) {
        Api.Reply reply = api.post("/api/billing/invoices/" + invoiceId + "/credit-notes/",
                        Map.of("amount", amount, "reason", "Relevé corrigé")).as(Tokens.accountant())
                .header("Idempotency-Key", key()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private HttpResponse<byte[]> download(String path, String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/pdf, application/problem+json")
                .header("Authorization", "Bearer " + token);
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(path, e);
        }
    }

    private static String code(HttpResponse<byte[]> problem) {
        return json(new String(problem.body(), StandardCharsets.UTF_8)).path("code").asString();
    }

    private static String header(HttpResponse<byte[]> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Test
    void anIssuedInvoicesPdfDownloadsUnderItsNumberWithTheClientTheSiteAndTheTotal() {
        JsonNode invoice = issued(contractA, "2026-03");
        String number = invoice.path("number").asString();

        HttpResponse<byte[]> pdf = download("/api/billing/invoices/" + invoice.path("id").asString() + "/pdf/",
                Tokens.accountant());

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(header(pdf, "Content-Type")).isEqualTo("application/pdf");
        assertThat(header(pdf, "Content-Disposition")).isEqualTo("attachment; filename=\"" + number + ".pdf\"");
        assertThat(header(pdf, "ETag")).matches("\"[A-Za-z0-9_-]{43}\"");
        assertThat(header(pdf, "Cache-Control")).isEqualTo("no-cache, private");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new RenderedPdf(pdf.body()).flatText()).contains(number, "Bienvenu Kabasele Mutombo",
                "3, boulevard du 30 Juin, Gombe, Kinshasa", contractA.number(), "Total TTC 29,00\u00A0USD",
                "Solde à payer 29,00\u00A0USD");
    }

    /** A payment in dollars received today, for the invoices named. */
    private JsonNode payment(UUID client, String amount, String method, String... invoiceIds) {
        Api.Reply reply = api.post("/api/billing/payments/", Map.of("client", client.toString(), "amount", amount,
                        "currency", "USD", "method", method, "received_on", LocalDate.now(BusinessTime.ZONE)
                                .toString(), "invoices", List.of(invoiceIds)))
                .as(Tokens.accountant()).header("Idempotency-Key", key()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    @Test
    void aConfirmedPaymentsReceiptNamesItsNumberAmountAndInvoicesForItsClientOnly() {
        JsonNode invoice = issued(contractA, "2026-03");
        JsonNode cash = payment(clientA, "40.00", "cash", invoice.path("id").asString());
        JsonNode transfer = payment(clientA, "10.00", "bank_transfer");
        String path = "/api/billing/payments/" + cash.path("id").asString() + "/receipt/pdf/";

        HttpResponse<byte[]> own = download(path, Tokens.clientOf(clientA));

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(header(own, "Content-Disposition")).isEqualTo("attachment; filename=\""
                + cash.path("number").asString() + ".pdf\"");
        assertThat(new RenderedPdf(own.body()).flatText()).contains(cash.path("number").asString(),
                "40,00\u00A0USD", invoice.path("number").asString(), "29,00\u00A0USD", "11,00\u00A0USD");
        HttpResponse<byte[]> others = download(path, Tokens.clientOf(clientB));
        assertThat(others.statusCode()).isEqualTo(404);
        assertThat(code(others)).isEqualTo("billing.payment.not_found");
        HttpResponse<byte[]> pending = download("/api/billing/payments/" + transfer.path("id").asString()
                + "/receipt/pdf/", Tokens.accountant());
        assertThat(pending.statusCode()).isEqualTo(409);
        assertThat(code(pending)).isEqualTo("billing.document.not_confirmed");
    }

    @Test
    void aDownloadWhoseETagTheCallerHoldsAnswersNotModified() {
        String id = issued(contractA, "2026-03").path("id").asString();
        String etag = header(download("/api/billing/invoices/" + id + "/pdf/", Tokens.accountant()), "ETag");

        HttpResponse<byte[]> again = download("/api/billing/invoices/" + id + "/pdf/", Tokens.accountant(),
                "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().allValues("ETag")).containsExactly(etag);
    }

    @Test
    void aCustomerDownloadsItsOwnInvoiceAndGetsNotFoundForAnotherClients() {
        String ownId = issued(contractB, "2026-03").path("id").asString();
        String othersId = issued(contractA, "2026-03").path("id").asString();
        String customerB = Tokens.clientOf(clientB);

        HttpResponse<byte[]> own = download("/api/billing/invoices/" + ownId + "/pdf/", customerB);
        HttpResponse<byte[]> others = download("/api/billing/invoices/" + othersId + "/pdf/", customerB);

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(new RenderedPdf(own.body()).flatText()).contains("12, avenue des Poids Lourds, Limete, Kinshasa");
        assertThat(others.statusCode()).isEqualTo(404);
        assertThat(code(others)).isEqualTo("billing.invoice.not_found");
        assertThat(download("/api/billing/invoices/" + ownId + "/pdf/", Tokens.salesAgent()).statusCode())
                .isEqualTo(200);
        assertThat(download("/api/billing/invoices/" + ownId + "/pdf/", Tokens.operations()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aDraftHasNoPdfYetAndAnUnknownInvoiceIsNotFound() {
        String draft = drafted(contractA, "2026-04").path("id").asString();

        HttpResponse<byte[]> staff = download("/api/billing/invoices/" + draft + "/pdf/", Tokens.accountant());
        HttpResponse<byte[]> customer = download("/api/billing/invoices/" + draft + "/pdf/", Tokens.clientOf(clientA));
        HttpResponse<byte[]> unknown = download("/api/billing/invoices/" + UUID.randomUUID() + "/pdf/",
                Tokens.accountant());

        assertThat(staff.statusCode()).isEqualTo(409);
        assertThat(code(staff)).isEqualTo("billing.document.draft");
        assertThat(customer.statusCode()).isEqualTo(404);
        assertThat(code(customer)).isEqualTo("billing.invoice.not_found");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void aCreditNotesPdfDownloadsForItsClientOnly() {
        JsonNode invoice = issued(contractB, "2026-03");
        JsonNode note = credited(invoice.path("id").asString(), "5.80");
        String path = "/api/billing/credit-notes/" + note.path("id").asString() + "/pdf/";

        HttpResponse<byte[]> pdf = download(path, Tokens.clientOf(clientB));

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(header(pdf, "Content-Disposition"))
                .isEqualTo("attachment; filename=\"" + note.path("number").asString() + ".pdf\"");
        assertThat(new RenderedPdf(pdf.body()).flatText()).contains("AVOIR", note.path("number").asString(),
                invoice.path("number").asString(), "Bienvenu Kabasele Mutombo", "Relevé corrigé",
                "Montant de l'avoir TTC 5,80\u00A0USD", "23,20\u00A0USD");
        HttpResponse<byte[]> others = download(path, Tokens.clientOf(clientA));
        assertThat(others.statusCode()).isEqualTo(404);
        assertThat(code(others)).isEqualTo("billing.credit_note.not_found");
    }

    @Test
    void aSecondDownloadIsServedFromTheStorageUntilTheBalanceChanges() {
        JsonNode invoice = issued(contractA, "2026-03");
        String path = "/api/billing/invoices/" + invoice.path("id").asString() + "/pdf/";
        Counter rendered = meters.counter("billing.documents.rendered", "kind", "invoices");
        double before = rendered.count();

        HttpResponse<byte[]> first = download(path, Tokens.accountant());
        HttpResponse<byte[]> second = download(path, Tokens.clientOf(clientA));
        double afterTwo = rendered.count();
        credited(invoice.path("id").asString(), "9.00");
        HttpResponse<byte[]> afterCredit = download(path, Tokens.accountant());

        assertThat(afterTwo - before).isEqualTo(1.0);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(rendered.count() - before).isEqualTo(2.0);
        assertThat(new RenderedPdf(afterCredit.body()).flatText()).contains("Avoirs 9,00\u00A0USD",
                "Solde à payer 20,00\u00A0USD");
        assertThat(header(afterCredit, "ETag")).isNotEqualTo(header(second, "ETag"));
    }
}
