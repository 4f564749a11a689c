package energy.mwolo.support.clients;

import energy.mwolo.contracts.crm.ClientRegistered;
import energy.mwolo.contracts.crm.ClientUpdated;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code read_clients} and {@code read_sites}. Each row remembers the {@code occurred_at} of the last event
 * applied to it ({@code changed_at}): an older event arriving late changes nothing. Redeliveries are the inbox's to
 * skip; applying one again would change nothing anyway.
 */
@Repository
class JdbcCustomers implements Customers {

    private final JdbcClient jdbc;

    JdbcCustomers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Customer> find(UUID client) {
        return jdbc.sql("""
                select id, number, display_name, email, phone, preferred_language, agency_id
                from read_clients where id = ?""")
                .param(client)
                .query((row, n) -> new Customer(row.getObject("id", UUID.class), row.getString("number"),
                        row.getString("display_name"), row.getString("email"), row.getString("phone"),
                        row.getString("preferred_language"),
                        row.getObject("agency_id", UUID.class)))
                .optional();
    }

    @Override
    public Optional<UUID> clientOfSite(UUID site) {
        return jdbc.sql("select client_id from read_sites where id = ?").param(site).query(UUID.class).optional();
    }

    void clientRegistered(ClientRegistered event) {
        client(event.clientId(), event.number(), displayName(event.companyName(), event.firstName(),
                event.postName(), event.lastName()), event.email(), event.phone(), event.preferredLanguage(),
                event.agencyId(), event.occurredAt());
    }

    void clientUpdated(ClientUpdated event) {
        client(event.clientId(), event.number(), displayName(event.companyName(), event.firstName(),
                event.postName(), event.lastName()), event.email(), event.phone(), event.preferredLanguage(),
                event.agencyId(), event.occurredAt());
    }

    void site(UUID id, UUID client, Instant changedAt) {
        jdbc.sql("""
                insert into read_sites (id, client_id, changed_at) values (:id, :client, :at)
                on conflict (id) do update set client_id = excluded.client_id, changed_at = excluded.changed_at
                where read_sites.changed_at <= excluded.changed_at""")
                .param("id", id)
                .param("client", client)
                .param("at", Timestamp.from(changedAt))
                .update();
    }

    /** A company by its name, a person by first name, post-name and last name. */
    static String displayName(String company, String... names) {
        if (company != null && !company.isBlank()) {
            return company.strip();
        }
        String person = Stream.of(names).filter(name -> name != null && !name.isBlank()).map(String::strip)
                .collect(Collectors.joining(" "));
        return person.isEmpty() ? "-" : person;
    }

    private void client(UUID id, String number, String name, String email, String phone, String language,
                        UUID agency, Instant changedAt) {
        jdbc.sql("""
                insert into read_clients (id, number, display_name, email, phone, preferred_language, agency_id,
                                          changed_at)
                values (:id, :number, :name, :email, :phone, :language, :agency, :at)
                on conflict (id) do update set number = excluded.number, display_name = excluded.display_name,
                                               email = excluded.email, phone = excluded.phone,
                                               preferred_language = excluded.preferred_language,
                                               agency_id = excluded.agency_id, changed_at = excluded.changed_at
                where read_clients.changed_at <= excluded.changed_at""")
                .param("id", id)
                .param("number", number)
                .param("name", name)
                .param("email", email)
                .param("phone", phone)
                .param("language", language)
                .param("agency", agency)
                .param("at", Timestamp.from(changedAt))
                .update();
    }
}
