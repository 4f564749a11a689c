package energy.mwolo.operations.customers;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.crm.ClientRegistered;
import energy.mwolo.contracts.crm.ClientStatusChanged;
import energy.mwolo.contracts.crm.ContractActivated;
import energy.mwolo.contracts.crm.ContractSuspended;
import energy.mwolo.contracts.crm.ContractTerminated;
import energy.mwolo.contracts.crm.SiteRegistered;
import energy.mwolo.contracts.crm.SiteUpdated;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.operations.AbstractApiIT;
import energy.mwolo.operations.Bodies;
import energy.mwolo.operations.Tokens;
import energy.mwolo.operations.kernel.ContractId;
import energy.mwolo.operations.kernel.SiteId;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.ServiceEvents;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What operations knows of crm's customers comes from crm's events, published here as crm's own Kafka user: sites
 * and contracts appear as crm announces them, a late event never undoes a newer one, a terminated contract stays
 * terminated, and a redelivery is applied once.
 */
class CustomerReadModelIT extends AbstractApiIT {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    private Customers customers;

    private ServiceEvents crm;

    @BeforeEach
    void playCrm() {
        crm = ServiceEvents.as(bootstrapServers(), ServiceCatalogue.CRM);
    }

    @AfterEach
    void stopPlayingCrm() {
        crm.close();
    }

    @Test
    void aSiteAndAContractCrmAnnouncedTakeEquipmentAMeterAndItsLink() {
        UUID client = UUID.randomUUID();
        UUID agency = UUID.randomUUID();
        UUID site = UUID.randomUUID();
        UUID contract = UUID.randomUUID();
        crm.publish(ClientRegistered.CONTRACT, client.toString(), clientIn(client, agency));
        crm.publish(SiteRegistered.CONTRACT, site.toString(), siteRegistered(site, client, true, T0));
        crm.publish(ContractActivated.CONTRACT, contract.toString(), activated(contract, client, site, T0));

        ServicePoint known = await(() -> customers.site(new SiteId(site)).filter(s -> s.agency() != null));
        await(() -> customers.contract(new ContractId(contract)));
        UUID meter = meter(site);
        Api.Reply linked = link(meter, contract, "0");

        assertThat(known.reference()).isEqualTo("SITE-000042");
        assertThat(known.client()).isEqualTo(client);
        assertThat(known.agency()).as("the site's client's agency").isEqualTo(agency);
        assertThat(known.protectedSite()).isTrue();
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        assertThat(linked.json().path("contract_number").asString()).isEqualTo("CT-2026-000042");
    }

    @Test
    void aLateOlderEventDoesNotUndoANewerOne() {
        UUID client = UUID.randomUUID();
        UUID site = UUID.randomUUID();
        crm.publish(SiteUpdated.CONTRACT, site.toString(), new SiteUpdated(site, "SITE-000042", client,
                "Pompage de Lemba", "public", true, false, null, null, null, T0.plusSeconds(60)));
        crm.publish(SiteRegistered.CONTRACT, site.toString(), siteRegistered(site, client, true, T0));
        // Same key, hence same partition: once the marker is applied, everything before it was.
        UUID marker = UUID.randomUUID();
        crm.publish(SiteRegistered.CONTRACT, site.toString(), siteRegistered(marker, client, true, T0));
        await(() -> customers.site(new SiteId(marker)));

        Api.Reply refused = post("/api/operations/equipment/", Bodies.equipment("meter", serial(), site),
                Tokens.operations());

        assertThat(customers.site(new SiteId(site)).orElseThrow().active()).isFalse();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("equipment.site_inactive");
    }

    @Test
    void aTerminatedContractStaysTerminatedWhateverArrivesAfter() {
        UUID client = UUID.randomUUID();
        UUID site = UUID.randomUUID();
        UUID contract = UUID.randomUUID();
        ContractActivated active = activated(contract, client, site, T0);
        crm.publish(ContractTerminated.CONTRACT, contract.toString(), new ContractTerminated(contract,
                active.number(), client, site, false, "metered", null, new BigDecimal("250.5"), "CDF", 5,
                active.startDate(), null, "terminated", T0.plusSeconds(60)));
        crm.publish(ContractActivated.CONTRACT, contract.toString(), active);
        crm.publish(ContractSuspended.CONTRACT, contract.toString(), new ContractSuspended(contract,
                active.number(), client, site, false, "metered", null, new BigDecimal("250.5"), "CDF", 5,
                active.startDate(), null, "suspended", T0.plusSeconds(120)));
        UUID marker = UUID.randomUUID();
        crm.publish(ContractActivated.CONTRACT, contract.toString(), activated(marker, client, site, T0));
        await(() -> customers.contract(new ContractId(marker)));

        assertThat(customers.contract(new ContractId(contract)).orElseThrow().status()).isEqualTo("terminated");
    }

    @Test
    void aRedeliveredEventIsAppliedOnceAndOtherCrmEventsAreSkipped() {
        UUID client = UUID.randomUUID();
        UUID site = UUID.randomUUID();
        UUID eventId = crm.publish(SiteRegistered.CONTRACT, site.toString(), siteRegistered(site, client, true, T0));
        crm.publish(eventId, SiteRegistered.CONTRACT, site.toString(), siteRegistered(site, client, true, T0));
        UUID statusEvent = crm.publish(ClientStatusChanged.CONTRACT, client.toString(),
                new ClientStatusChanged(client, "CL-2026-000042", "active", "suspended", T0));
        crm.publish(ClientRegistered.CONTRACT, client.toString(), clientIn(client, UUID.randomUUID()));
        UUID marker = UUID.randomUUID();
        crm.publish(SiteRegistered.CONTRACT, site.toString(), siteRegistered(marker, client, true, T0));
        await(() -> customers.site(new SiteId(marker)).filter(known -> known.agency() != null));

        assertThat(inboxRows(eventId)).isEqualTo(1);
        assertThat(inboxRows(statusEvent)).isZero();
    }

    private long inboxRows(UUID eventId) {
        return jdbc.sql("select count(*) from inbox where consumer = 'operations.customers' and event_id = ?")
                .param(eventId).query(Long.class).single();
    }

    private static <T> T await(Supplier<Optional<T>> lookup) {
        return Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(lookup::get, Optional::isPresent).orElseThrow();
    }

    private static ClientRegistered clientIn(UUID client, UUID agency) {
        return new ClientRegistered(client, "CL-2026-000042", "individual", "Bienvenu", "Kabasele", "Mutombo", null,
                "client-" + client + "@example.cd", "+243812345678", agency, "active", "fr", null, T0);
    }

    private static SiteRegistered siteRegistered(UUID site, UUID client, boolean active, Instant at) {
        return new SiteRegistered(site, "SITE-000042", client, "Centre de santé de Lemba", "public", true, active,
                "12, avenue de l'Université, Lemba", null, null, at);
    }

    private static ContractActivated activated(UUID contract, UUID client, UUID site, Instant at) {
        return new ContractActivated(contract, "CT-2026-000042", client, site, true, "metered", null,
                new BigDecimal("250.5"), "CDF", 5, LocalDate.of(2026, 3, 1), null, "active", at);
    }
}
