package energy.mwolo.crm.agencies;

import energy.mwolo.contracts.geo.AgencyClosed;
import energy.mwolo.contracts.geo.AgencyOpened;
import energy.mwolo.crm.AbstractApiIT;
import energy.mwolo.crm.Bodies;
import energy.mwolo.crm.Publisher;
import energy.mwolo.crm.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Clients are registered only in agencies geo-service announced open, as its events arrive. */
class AgencyReadModelIT extends AbstractApiIT {

    @Test
    void anAgencyOpenedByGeoAcceptsClientsUntilItCloses() {
        UUID agency = UUID.randomUUID();
        Instant opened = Instant.now();
        try (Publisher publisher = new Publisher(bootstrapServers())) {
            publisher.publish(UUID.randomUUID(), AgencyOpened.CONTRACT, agency.toString(), new AgencyOpened(agency,
                    "AG-KN-901", "Agence de Ngaliema", UUID.randomUUID(), "KN", null, null, null, null, null, null,
                    null, null, true, opened));
            awaitStatus(agency, 201);

            publisher.publish(UUID.randomUUID(), AgencyClosed.CONTRACT, agency.toString(),
                    new AgencyClosed(agency, "AG-KN-901", opened.plusSeconds(1)));
            awaitStatus(agency, 400);
        }
    }

    private void awaitStatus(UUID agency, int status) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> api.post("/api/crm/clients/", Bodies.with(Bodies.individual(), "agency",
                        agency.toString())).as(Tokens.salesAgent()).send().status() == status);
    }
}
