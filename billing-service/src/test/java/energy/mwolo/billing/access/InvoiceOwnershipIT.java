package energy.mwolo.billing.access;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.AbstractApiIT;
import energy.mwolo.billing.Tokens;
import energy.mwolo.platformtest.Api;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A customer sees its own client's issued invoices only; staff get what the permission matrix gives them. */
class InvoiceOwnershipIT extends AbstractApiIT {

    private UUID clientA;
    private UUID clientB;
    private String invoiceA;
    private String invoiceB;
    private String draftA;
    private String creditNoteB;

    @BeforeEach
    void twoClientsWithAnInvoiceEach() {
        clientA = client();
        clientB = client();
        invoiceA = issuedInvoice(clientA, "2026-03");
        draftA = drafted(clientA, "2026-04");
        invoiceB = issuedInvoice(clientB, "2026-03");
        creditNoteB = api.post("/api/billing/invoices/" + invoiceB + "/credit-notes/",
                        Map.of("amount", "100", "reason", "Geste")).as(Tokens.accountant())
                .header("Idempotency-Key", key()).send().json().path("id").asString();
    }

    private String drafted(UUID client, String period) {
        UUID contract = contract(client, "monthly_flat_fee", "15000", null, null, "CDF", LocalDate.of(2025, 1, 1),
                null);
        Api.Reply reply = api.post("/api/billing/invoices/", Map.of("contract", contract.toString(),
                "period", period)).as(Tokens.accountant()).header("Idempotency-Key", key()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().path("id").asString();
    }

    private String issuedInvoice(UUID client, String period) {
        String id = drafted(client, period);
        api.post("/api/billing/invoices/" + id + "/issue/", null).as(Tokens.accountant())
                .header("Idempotency-Key", key()).send();
        return id;
    }

    @Test
    void aCustomerReadsItsOwnInvoiceAndGetsNotFoundForAnotherClientsOrItsOwnDraft() {
        String tokenA = Tokens.clientOf(clientA);

        assertThat(api.get("/api/billing/invoices/" + invoiceA + "/").as(tokenA).send().status()).isEqualTo(200);
        for (String path : List.of("/api/billing/invoices/" + invoiceB + "/", "/api/billing/invoices/" + draftA + "/",
                "/api/billing/credit-notes/" + creditNoteB + "/")) {
            assertThat(api.get(path).as(tokenA).send().status()).as(path).isEqualTo(404);
        }
        assertThat(api.get("/api/billing/credit-notes/" + creditNoteB + "/").as(Tokens.clientOf(clientB)).send()
                .status()).isEqualTo(200);
    }

    @Test
    void aCustomersListHoldsItsOwnIssuedInvoicesWhateverTheFilterSays() {
        String tokenA = Tokens.clientOf(clientA);

        Api.Reply all = api.get("/api/billing/invoices/").as(tokenA).send();
        Api.Reply ofB = api.get("/api/billing/invoices/?client=" + clientB).as(tokenA).send();

        assertThat(all.json().path("count").asInt()).as(all.toString()).isEqualTo(1);
        assertThat(all.json().path("results").get(0).path("id").asString()).isEqualTo(invoiceA);
        assertThat(ofB.json().path("count").asInt()).isZero();
    }

    @Test
    void aCustomerWhoseTokenNamesNoClientSeesNothing() {
        Api.Reply list = api.get("/api/billing/invoices/").as(Tokens.clientWithoutClient()).send();

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("count").asInt()).isZero();
        assertThat(api.get("/api/billing/invoices/" + invoiceA + "/").as(Tokens.clientWithoutClient()).send()
                .status()).isEqualTo(404);
    }

    @Test
    void aCustomerChangesNothingEvenOnItsOwnInvoice() {
        String tokenA = Tokens.clientOf(clientA);

        assertThat(api.post("/api/billing/invoices/" + draftA + "/issue/", null).as(tokenA)
                .header("Idempotency-Key", key()).send().status()).isEqualTo(403);
        assertThat(api.post("/api/billing/invoices/" + invoiceA + "/cancel/", Map.of("reason", "x")).as(tokenA)
                .header("Idempotency-Key", key()).send().status()).isEqualTo(403);
        assertThat(api.get("/api/billing/exchange-rates/").as(tokenA).send().status()).isEqualTo(403);
    }

    @Test
    void salesAgentsReadEveryInvoiceButWriteNone() {
        String agent = Tokens.salesAgent();

        assertThat(api.get("/api/billing/invoices/" + invoiceB + "/").as(agent).send().status()).isEqualTo(200);
        assertThat(api.get("/api/billing/invoices/?client=" + clientB).as(agent).send().json().path("count").asInt())
                .isEqualTo(1);
        assertThat(api.post("/api/billing/invoices/" + invoiceB + "/cancel/", Map.of("reason", "x")).as(agent)
                .header("Idempotency-Key", key()).send().status()).isEqualTo(403);
    }

    @Test
    void rolesWithoutBillingPermissionsAndAnonymousCallersAreRefused() {
        assertThat(api.get("/api/billing/invoices/").as(Tokens.operations()).send().status()).isEqualTo(403);
        assertThat(api.get("/api/billing/invoices/").send().status()).isEqualTo(401);
    }
}
