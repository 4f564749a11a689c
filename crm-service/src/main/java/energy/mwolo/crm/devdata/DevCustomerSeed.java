package energy.mwolo.crm.devdata;

import energy.mwolo.contracts.devdata.DevCustomer;
import energy.mwolo.crm.clients.application.ManagingClient;
import energy.mwolo.crm.clients.application.RegisteringClient;
import energy.mwolo.crm.clients.model.Client;
import energy.mwolo.crm.clients.model.ClientDetails;
import energy.mwolo.crm.clients.model.ClientKind;
import energy.mwolo.crm.clients.model.ClientStatus;
import energy.mwolo.crm.clients.model.Clients;
import energy.mwolo.crm.clients.model.PhoneNumber;
import energy.mwolo.crm.contracts.model.ContractType;
import energy.mwolo.crm.contracts.model.Currency;
import energy.mwolo.crm.contracts.model.TariffCode;
import energy.mwolo.crm.contracts.model.Terms;
import energy.mwolo.crm.geography.PlaceIds;
import energy.mwolo.crm.sites.model.SiteDetails;
import energy.mwolo.crm.sites.model.SiteUsage;
import energy.mwolo.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The customer identity's dev account {@code client@mwolo.local} acts for, so that a person on the devstack finds a
 * client behind the login: the client (the id the account's token carries, active), its home with an active
 * flat-fee contract on billing's {@code RES} tariff since the first day of the month before last (so billing has
 * months to show: its dev history has that month paid, the next one overdue), and a site with an active metered
 * contract per simulated meter ({@code mwolo.dev-data.meters}). Each record goes through the use cases, in the dev super administrator's name, so
 * it is announced on crm's topics as any other; each step is skipped when its record is already there, so every
 * start completes what an interrupted one left and a second start seeds nothing. Never active in another profile.
 */
@Component
@Profile("dev")
@EnableConfigurationProperties(DevDataProperties.class)
class DevCustomerSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DevCustomerSeed.class);
    private static final ZoneId KINSHASA = ZoneId.of("Africa/Kinshasa");
    static final CurrentUser SEEDER = CurrentUser.superAdmin(DevCustomer.seedingUserId());

    private final Clients clients;
    private final RegisteringClient registering;
    private final ManagingClient managing;
    private final DevServicePoints servicePoints;
    private final DevDataProperties properties;

    DevCustomerSeed(Clients clients, RegisteringClient registering, ManagingClient managing,
                    DevServicePoints servicePoints, DevDataProperties properties) {
        this.clients = clients;
        this.registering = registering;
        this.managing = managing;
        this.servicePoints = servicePoints;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        UUID client = DevCustomer.clientId();
        Optional<Client> sameEmail = clients.byEmail(DevCustomer.EMAIL).filter(other -> !other.id().equals(client));
        if (sameEmail.isPresent()) {
            // A client made from this address before the seed existed: staff decide, the seed never merges.
            log.warn("Dev customer not seeded: client {} already has the address {}", sameEmail.get().id(),
                    DevCustomer.EMAIL);
            return;
        }
        if (clients.byId(client).isEmpty()) {
            registering.registerWithId(client, details(), DevCustomer.userId(), SEEDER);
            log.info("Dev customer {} registered as client {}", DevCustomer.EMAIL, client);
        }
        if (clients.byId(client).map(Client::status).orElseThrow() == ClientStatus.PROSPECT) {
            managing.amend(client, null, ClientStatus.ACTIVE, SEEDER);
        }
        LocalDate firstOfMonth = LocalDate.now(KINSHASA).withDayOfMonth(1);
        LocalDate customerSince = firstOfMonth.minusMonths(2);
        servicePoints.seed(DevCustomer.homeSiteId(), DevCustomer.homeContractId(),
                new SiteDetails("Domicile", "12, avenue de la Justice, Gombe, Kinshasa", null,
                        SiteUsage.RESIDENTIAL, false, true, PlaceIds.NONE),
                new Terms(ContractType.MONTHLY_FLAT_FEE, new BigDecimal("3.00"), null, TariffCode.parse("RES"),
                        Currency.USD, 1, customerSince, null));
        for (int n = 1; n <= properties.meters(); n++) {
            String meter = DevCustomer.meterNumber(n);
            servicePoints.seed(DevCustomer.meteredSiteId(meter), DevCustomer.meteredContractId(meter),
                    new SiteDetails("Compteur " + meter, n + ", avenue du Commerce, Gombe, Kinshasa", null,
                            SiteUsage.RESIDENTIAL, false, true, PlaceIds.NONE),
                    new Terms(ContractType.METERED, null, new BigDecimal("0.0900"), TariffCode.parse("RES"),
                            Currency.USD, 1, firstOfMonth, null));
        }
    }

    private static ClientDetails details() {
        return new ClientDetails(ClientKind.INDIVIDUAL, "Bienvenu", "Kabasele", "Mutombo", null, null, null,
                DevCustomer.EMAIL, PhoneNumber.parse("+243812345678"), "12, avenue de la Justice, Gombe, Kinshasa",
                null, "fr", PlaceIds.NONE);
    }
}
