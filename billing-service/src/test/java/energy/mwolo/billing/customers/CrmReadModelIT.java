package energy.mwolo.billing.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import energy.mwolo.billing.AbstractApiIT;
import energy.mwolo.billing.CrmFixtures.Terms;
import energy.mwolo.billing.CrmFixtures;
import energy.mwolo.billing.Tokens;
import energy.mwolo.contracts.crm.ClientRegistered;
import energy.mwolo.contracts.crm.ClientStatusChanged;
import energy.mwolo.contracts.crm.ClientUpdated;
import energy.mwolo.contracts.crm.ContractActivated;
import energy.mwolo.contracts.crm.ContractTerminated;
import energy.mwolo.contracts.crm.SiteRegistered;
import energy.mwolo.contracts.crm.SiteUpdated;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.ServiceEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * crm's events, published on crm's topics as crm's Kafka user, kept in billing's read model exactly once and in the
 * order they happened, whatever order they arrive in.
 */
class CrmReadModelIT extends AbstractApiIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private ServiceEvents crm;
    private final UUID client = UUID.randomUUID();
    private final UUID site = UUID.randomUUID();
    private final Instant t0 = Instant.parse("2026-03-01T08:00:00Z");

    @BeforeEach
    void publisher() {
        crm = ServiceEvents.as(bootstrapServers(), ServiceCatalogue.CRM);
    }

    @AfterEach
    void close() {
        crm.close();
    }

    private Map<String, Object> row(String table, UUID id) {
        return jdbc.sql("select * from " + table + " where id = ?").param(id).query().singleRow();
    }

    private long rows(String table, UUID id) {
        return jdbc.sql("select count(*) from " + table + " where id = ?").param(id).query(Long.class).single();
    }

    @Test
    void aClientItsSiteAndItsContractAreKeptWithWhatBillingNeeds() {
        Terms terms = Terms.metered(client, site, "res", "CDF", LocalDate.of(2026, 3, 17));

        crm.publish(ClientRegistered.CONTRACT, client, CrmFixtures.client(client, t0));
        crm.publish(SiteRegistered.CONTRACT, site, CrmFixtures.site(site, client, true, t0));
        crm.publish(ContractActivated.CONTRACT, terms.contract(), terms.activated(t0));

        await().atMost(WAIT).until(() -> rows("crm_contracts", terms.contract()) == 1 && rows("crm_sites", site) == 1
                && rows("crm_clients", client) == 1);
        assertThat(row("crm_clients", client)).containsEntry("name", "Bienvenu Kabasele Mutombo")
                .containsEntry("preferred_language", "fr").containsEntry("status", "active");
        assertThat(row("crm_sites", site)).containsEntry("is_protected", true);
        assertThat(row("crm_contracts", terms.contract())).containsEntry("contract_type", "metered")
                .containsEntry("tariff_code", "RES").containsEntry("currency", "CDF")
                .containsEntry("status", "active").containsEntry("billing_day", 5);
    }

    @Test
    void aContractHeardOfFromCrmIsInvoicedOnTheTermsCrmSent() {
        rateOfToday();
        Terms terms = Terms.flat(client, site, "15000", "CDF", LocalDate.of(2026, 3, 17));
        crm.publish(ContractActivated.CONTRACT, terms.contract(), terms.activated(t0));
        await().atMost(WAIT).until(() -> rows("crm_contracts", terms.contract()) == 1);

        Api.Reply invoice = api.post("/api/billing/invoices/", Map.of("contract", terms.contract().toString(),
                "period", "2026-03")).as(Tokens.accountant()).header("Idempotency-Key", key()).send();

        assertThat(invoice.status()).as(invoice.toString()).isEqualTo(201);
        assertThat(invoice.json().path("contract_number").asString()).isEqualTo(terms.number());
        // 15/31 of 15,000 CDF = 7,258.06, plus 16 % VAT (1,161.29).
        assertThat(invoice.json().path("total").asString()).isEqualTo("8419.35");
    }

    @Test
    void aLateActivationDoesNotUndoATermination() {
        Terms terms = Terms.flat(client, site, "15000", "CDF", LocalDate.of(2025, 1, 1));

        crm.publish(ContractTerminated.CONTRACT, terms.contract(),
                terms.terminated(Instant.parse("2026-03-10T12:00:00Z")));
        UUID late = crm.publish(ContractActivated.CONTRACT, terms.contract(),
                terms.activated(Instant.parse("2025-01-01T08:00:00Z")));

        await().atMost(WAIT).until(() -> consumed(late));
        assertThat(row("crm_contracts", terms.contract())).containsEntry("status", "terminated")
                .containsEntry("service_end", java.sql.Date.valueOf("2026-03-10"));
    }

    /** The event went through the inbox: applied, or found older than the row and left without effect. */
    private boolean consumed(UUID eventId) {
        return jdbc.sql("select count(*) from inbox where consumer = 'billing.customers' and event_id = ?")
                .param(eventId).query(Long.class).single() == 1;
    }

    @Test
    void aStatusChangeBeforeTheRegistrationKeepsTheNewerStatus() {
        crm.publish(ClientStatusChanged.CONTRACT, client, new ClientStatusChanged(client, "CL-2026-000001",
                "active", "suspended", Instant.parse("2026-03-02T08:00:00Z")));
        await().atMost(WAIT).until(() -> rows("crm_clients", client) == 1);

        crm.publish(ClientRegistered.CONTRACT, client, CrmFixtures.client(client, t0));
        crm.publish(ClientUpdated.CONTRACT, client, new ClientUpdated(client, "CL-2026-000001", "company", null, null,
                null, "Brasserie du Fleuve", "compta@fleuve.cd", null, null, "suspended", "en", null,
                Instant.parse("2026-03-03T08:00:00Z")));

        await().atMost(WAIT).until(() -> "Brasserie du Fleuve".equals(row("crm_clients", client).get("name")));
        assertThat(row("crm_clients", client)).containsEntry("status", "suspended")
                .containsEntry("preferred_language", "en");
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        UUID eventId = UUID.randomUUID();
        SiteRegistered registered = CrmFixtures.site(site, client, false, t0);
        crm.publish(eventId, SiteRegistered.CONTRACT, site, registered);
        crm.publish(SiteUpdated.CONTRACT, site, new SiteUpdated(site, registered.reference(), client, "Hôpital",
                "public", true, true, null, null, null, t0.plusSeconds(60)));
        crm.publish(eventId, SiteRegistered.CONTRACT, site, registered);

        await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from inbox where event_id = ?").param(eventId)
                .query(Long.class).single() == 1 && rows("crm_sites", site) == 1
                && Boolean.TRUE.equals(row("crm_sites", site).get("is_protected")));
        assertThat(row("crm_sites", site)).containsEntry("name", "Hôpital").containsEntry("address", null);
    }

    @Test
    void aSitesAddressIsKeptAsItsLatestEventGivesItAndALateOneDoesNotBringTheOldBack() {
        SiteRegistered registered = new SiteRegistered(site, "SITE-000777", client, "Maison Limete", "residential",
                false, true, "12, avenue des Poids Lourds, Limete, Kinshasa", null, null, t0);
        SiteUpdated moved = new SiteUpdated(site, "SITE-000777", client, "Bureau Gombe", "commercial", false, true,
                "3, boulevard du 30 Juin, Gombe, Kinshasa", null, null, t0.plusSeconds(3600));

        crm.publish(SiteUpdated.CONTRACT, site, moved);
        UUID late = crm.publish(SiteRegistered.CONTRACT, site, registered);

        await().atMost(WAIT).until(() -> consumed(late));
        assertThat(row("crm_sites", site)).containsEntry("address", "3, boulevard du 30 Juin, Gombe, Kinshasa")
                .containsEntry("name", "Bureau Gombe");
    }

    @Test
    void aSiteWithoutAddressKeepsNoneAndAnUpdateGivesItOne() {
        crm.publish(SiteRegistered.CONTRACT, site, new SiteRegistered(site, "SITE-000778", client, "Kiosque",
                "commercial", false, true, " ", null, null, t0));
        await().atMost(WAIT).until(() -> rows("crm_sites", site) == 1);
        assertThat(row("crm_sites", site)).containsEntry("address", null);

        crm.publish(SiteUpdated.CONTRACT, site, new SiteUpdated(site, "SITE-000778", client, "Kiosque",
                "commercial", false, true, "  Marché de Matete, Kinshasa ", null, null, t0.plusSeconds(60)));
        await().atMost(WAIT).until(() -> "Marché de Matete, Kinshasa".equals(row("crm_sites", site).get("address")));
    }
}
