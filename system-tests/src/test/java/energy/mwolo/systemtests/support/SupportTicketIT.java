package energy.mwolo.systemtests.support;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.platformtest.Api;
import energy.mwolo.systemtests.RunningPlatform;
import energy.mwolo.systemtests.billing.Customers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The real gateway in front of identity, geo, crm and support (dev profile): a customer registered in crm opens a
 * ticket with a PDF, an administrator answers it and writes an internal note; the customer sees the answer only and
 * is mailed of it.
 */
class SupportTicketIT {

    @RegisterExtension
    static final RunningPlatform PLATFORM = RunningPlatform.of(ServiceCatalogue.IDENTITY, ServiceCatalogue.GEO,
            ServiceCatalogue.CRM, ServiceCatalogue.SUPPORT).withGateway();

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aCustomerOpensATicketWithAPdfAndSeesStaffsAnswerButNotTheirNote() {
        Api gateway = new Api(PLATFORM.gatewayUrl());
        Customers.Customer customer = new Customers(gateway).register("Mado", "Kabeya");
        String client = Customers.signIn(gateway, customer.email(), customer.password());
        String admin = Customers.signIn(gateway, "admin@mwolo.local", "admin123");

        Api.Reply opened = gateway.post("/api/support/tickets/", Map.of("category", "billing",
                        "subject", "Facture de mai trop élevée", "description", "Le montant a doublé."))
                .as(client).header("Idempotency-Key", UUID.randomUUID().toString()).send();
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String ticket = "/api/support/tickets/" + opened.json().path("id").asString() + "/";
        assertThat(opened.json().path("client").asString()).isEqualTo(customer.client());

        Api.Reply attached = gateway.post(ticket + "attachments/?file_name=facture.pdf", null).as(client).body(PDF)
                .send();
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        assertThat(attached.json().path("content_type").asString()).isEqualTo("application/pdf");

        for (Map<String, Object> message : List.<Map<String, Object>>of(
                Map.of("body", "Nous vérifions le relevé de votre compteur."),
                Map.of("body", "Relevé suspect, voir avec l’agence", "internal", true))) {
            Api.Reply written = gateway.post(ticket + "messages/", message).as(admin)
                    .header("Idempotency-Key", UUID.randomUUID().toString()).send();
            assertThat(written.status()).as(written.toString()).isEqualTo(201);
        }

        JsonNode seen = gateway.get(ticket).as(client).send().json();
        assertThat(seen.path("messages").valueStream().map(message -> message.path("body").asString()))
                .containsExactly("Nous vérifions le relevé de votre compteur.");
        assertThat(gateway.get(ticket + "attachments/" + attached.json().path("id").asString() + "/").as(client)
                .send().body()).isEqualTo(new String(PDF, StandardCharsets.US_ASCII));
        Awaitility.await().atMost(WAIT).until(() -> !PLATFORM.mails().messagesTo(customer.email()).stream()
                .filter(mail -> mail.subject().startsWith("Réponse à votre ticket")).toList().isEmpty());
    }
}
