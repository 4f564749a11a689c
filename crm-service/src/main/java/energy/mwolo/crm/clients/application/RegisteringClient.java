package energy.mwolo.crm.clients.application;

import energy.mwolo.crm.access.CrmAccess;
import energy.mwolo.crm.clients.model.Client;
import energy.mwolo.crm.clients.model.ClientDetails;
import energy.mwolo.crm.clients.model.ClientNumber;
import energy.mwolo.crm.clients.model.Clients;
import energy.mwolo.crm.clients.model.DuplicateEmail;
import energy.mwolo.crm.geography.Places;
import energy.mwolo.platform.outbox.Uuids;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers a prospect under the next client number and announces it with ClientRegistered. */
@Service
public class RegisteringClient {

    static final ZoneId KINSHASA = ZoneId.of("Africa/Kinshasa");

    private final Clients clients;
    private final AgencyCheck agencies;
    private final ClientEvents events;
    private final Places places;
    private final Clock clock;

    RegisteringClient(Clients clients, AgencyCheck agencies, ClientEvents events, Places places) {
        this.clients = clients;
        this.agencies = agencies;
        this.events = events;
        this.places = places;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public UUID register(ClientDetails details, CurrentUser user) {
        CrmAccess.requireWrite(user, CrmAccess.CREATE);
        return registerFor(details, null).id();
    }

    /** For consumers (registration saga, website leads): no caller to authorise. */
    @Transactional
    public Client registerFor(ClientDetails details, UUID userId) {
        return registerAs(Uuids.timeOrdered(), details, userId);
    }

    /**
     * Registers under an id the caller chose, for records other services name before they exist (the dev profile's
     * customer, whose id identity's dev account already carries); otherwise as {@link #register}.
     */
    @Transactional
    public Client registerWithId(UUID id, ClientDetails details, UUID userId, CurrentUser user) {
        CrmAccess.requireWrite(user, CrmAccess.CREATE);
        return registerAs(id, details, userId);
    }

    private Client registerAs(UUID id, ClientDetails details, UUID userId) {
        agencies.requireOpen(details.agencyId());
        if (!details.places().isEmpty()) {
            places.requireConsistent(details.places());
        }
        if (clients.byEmail(details.email()).isPresent()) {
            throw new DuplicateEmail(details.email());
        }
        int year = LocalDate.now(clock.withZone(KINSHASA)).getYear();
        Client client = Client.register(id, ClientNumber.of(year, clients.nextNumber()), details,
                userId, clock.instant());
        clients.add(client);
        events.registered(client);
        return client;
    }
}
