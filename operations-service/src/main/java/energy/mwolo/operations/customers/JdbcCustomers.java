package energy.mwolo.operations.customers;

import energy.mwolo.contracts.crm.ClientRegistered;
import energy.mwolo.contracts.crm.ClientUpdated;
import energy.mwolo.contracts.crm.ContractActivated;
import energy.mwolo.contracts.crm.ContractSuspended;
import energy.mwolo.contracts.crm.ContractTariffChanged;
import energy.mwolo.contracts.crm.ContractTerminated;
import energy.mwolo.contracts.crm.SiteRegistered;
import energy.mwolo.contracts.crm.SiteUpdated;
import energy.mwolo.operations.kernel.ContractId;
import energy.mwolo.operations.kernel.SiteId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code read_clients}, {@code read_sites} and {@code read_contracts}. Each row remembers the
 * {@code occurred_at} of the last event applied to it ({@code changed_at}): an older event arriving late changes
 * nothing. A terminated contract stays terminated whatever arrives after (crm never revives one). Redeliveries are
 * the inbox's to skip; applying one again would change nothing anyway.
 */
@Repository
class JdbcCustomers implements Customers {

    private final JdbcClient jdbc;

    JdbcCustomers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ServicePoint> site(SiteId id) {
        return jdbc.sql("""
                select s.id, s.reference, s.client_id, c.agency_id, s.name, s.address, s.usage, s.is_protected,
                       s.active
                from read_sites s left join read_clients c on c.id = s.client_id
                where s.id = ?""")
                .param(id.value())
                .query((row, number) -> new ServicePoint(row.getObject("id", UUID.class), row.getString("reference"),
                        row.getObject("client_id", UUID.class), row.getObject("agency_id", UUID.class),
                        row.getString("name"), row.getString("address"), row.getString("usage"),
                        row.getBoolean("is_protected"), row.getBoolean("active")))
                .optional();
    }

    @Override
    public Optional<SupplyContract> contract(ContractId id) {
        return jdbc.sql("""
                select id, number, client_id, site_id, contract_type, status, site_protected
                from read_contracts where id = ?""")
                .param(id.value())
                .query((row, number) -> new SupplyContract(row.getObject("id", UUID.class), row.getString("number"),
                        row.getObject("client_id", UUID.class), row.getObject("site_id", UUID.class),
                        row.getString("contract_type"), row.getString("status"), row.getBoolean("site_protected")))
                .optional();
    }

    void clientRegistered(ClientRegistered event) {
        client(event.clientId(), event.agencyId(), event.occurredAt());
        contactOf(event.clientId(), event.phone(), event.email(), event.preferredLanguage(), event.occurredAt());
    }

    void clientUpdated(ClientUpdated event) {
        client(event.clientId(), event.agencyId(), event.occurredAt());
        contactOf(event.clientId(), event.phone(), event.email(), event.preferredLanguage(), event.occurredAt());
    }

    void siteRegistered(SiteRegistered event) {
        site(event.siteId(), event.reference(), event.clientId(), event.name(), event.address(), event.usage(),
                event.isProtected(), event.active(), event.occurredAt());
    }

    void siteUpdated(SiteUpdated event) {
        site(event.siteId(), event.reference(), event.clientId(), event.name(), event.address(), event.usage(),
                event.isProtected(), event.active(), event.occurredAt());
    }

    void contractActivated(ContractActivated event) {
        contract(new ContractRow(event.contractId(), event.number(), event.clientId(), event.siteId(),
                event.contractType(), event.status(), event.siteProtected(), event.occurredAt()));
    }

    void contractSuspended(ContractSuspended event) {
        contract(new ContractRow(event.contractId(), event.number(), event.clientId(), event.siteId(),
                event.contractType(), event.status(), event.siteProtected(), event.occurredAt()));
    }

    void contractTerminated(ContractTerminated event) {
        contract(new ContractRow(event.contractId(), event.number(), event.clientId(), event.siteId(),
                event.contractType(), event.status(), event.siteProtected(), event.occurredAt()));
    }

    void contractTariffChanged(ContractTariffChanged event) {
        contract(new ContractRow(event.contractId(), event.number(), event.clientId(), event.siteId(),
                event.contractType(), event.status(), event.siteProtected(), event.occurredAt()));
    }

    /** Where the collection loop's notices go; applied after {@link #client}, under the same changed_at. */
    private void contactOf(UUID id, String phone, String email, String language, Instant changedAt) {
        jdbc.sql("""
                update read_clients set phone = :phone, email = :email, preferred_language = :language
                where id = :id and changed_at = :at""")
                .param("id", id)
                .param("phone", phone)
                .param("email", email)
                .param("language", language)
                .param("at", Timestamp.from(changedAt))
                .update();
    }

    private void client(UUID id, UUID agency, Instant changedAt) {
        jdbc.sql("""
                insert into read_clients (id, agency_id, changed_at) values (:id, :agency, :at)
                on conflict (id) do update set agency_id = excluded.agency_id, changed_at = excluded.changed_at
                where read_clients.changed_at <= excluded.changed_at""")
                .param("id", id)
                .param("agency", agency)
                .param("at", Timestamp.from(changedAt))
                .update();
    }

    private void site(UUID id, String reference, UUID client, String name, String address, String usage,
                      boolean isProtected, boolean active, Instant changedAt) {
        jdbc.sql("""
                insert into read_sites (id, reference, client_id, name, address, usage, is_protected, active,
                                        changed_at)
                values (:id, :reference, :client, :name, :address, :usage, :protected, :active, :at)
                on conflict (id) do update set reference = excluded.reference, client_id = excluded.client_id,
                                               name = excluded.name, address = excluded.address,
                                               usage = excluded.usage, is_protected = excluded.is_protected,
                                               active = excluded.active, changed_at = excluded.changed_at
                where read_sites.changed_at <= excluded.changed_at""")
                .param("id", id)
                .param("reference", reference)
                .param("client", client)
                .param("name", name)
                .param("address", address)
                .param("usage", usage)
                .param("protected", isProtected)
                .param("active", active)
                .param("at", Timestamp.from(changedAt))
                .update();
    }

    private void contract(ContractRow row) {
        jdbc.sql("""
                insert into read_contracts (id, number, client_id, site_id, contract_type, status, site_protected,
                                            changed_at)
                values (:id, :number, :client, :site, :type, :status, :protected, :at)
                on conflict (id) do update set number = excluded.number, client_id = excluded.client_id,
                                               site_id = excluded.site_id, contract_type = excluded.contract_type,
                                               status = excluded.status, site_protected = excluded.site_protected,
                                               changed_at = excluded.changed_at
                where read_contracts.changed_at <= excluded.changed_at
                  and read_contracts.status <> 'terminated'""")
                .param("id", row.id())
                .param("number", row.number())
                .param("client", row.client())
                .param("site", row.site())
                .param("type", row.type())
                .param("status", row.status())
                .param("protected", row.siteProtected())
                .param("at", Timestamp.from(row.changedAt()))
                .update();
    }

    /** Every contract event carries the contract's whole state. */
    private record ContractRow(UUID id, String number, UUID client, UUID site, String type, String status,
                               boolean siteProtected, Instant changedAt) {
    }
}
