package energy.mwolo.platform.readmodels.agencies;

import energy.mwolo.contracts.geo.AgencyClosed;
import energy.mwolo.contracts.geo.AgencyOpened;
import energy.mwolo.contracts.geo.AgencyUpdated;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The table {@code read_agencies}. Each row remembers the {@code occurred_at} of the last event applied to it
 * ({@code changed_at}); an older event arriving late changes nothing, so a late delivery cannot reopen a closed
 * agency. A closing heard of before the opening still records the agency, closed, under its code. A newer event
 * without a country (as geo published before events carried it) keeps the country already known: an agency never
 * changes province, hence country.
 */
final class JdbcAgencies implements Agencies {

    private static final String COLUMNS = "id, code, name, active, country_code, address, phone, email";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    JdbcAgencies(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public boolean exists(UUID agencyId) {
        return jdbc.sql("select count(*) from read_agencies where id = ?").param(agencyId).query(Long.class)
                .single() > 0;
    }

    @Override
    public boolean isOpen(UUID agencyId) {
        return find(agencyId).map(Agency::active).orElse(false);
    }

    @Override
    public Optional<Agency> find(UUID agencyId) {
        return jdbc.sql("select " + COLUMNS + " from read_agencies where id = ?").param(agencyId)
                .query(JdbcAgencies::agency).optional();
    }

    @Override
    public List<Agency> open() {
        return jdbc.sql("select " + COLUMNS + " from read_agencies where active order by name, code")
                .query(JdbcAgencies::agency).list();
    }

    private static Agency agency(ResultSet row, int number) throws SQLException {
        return new Agency(row.getObject("id", UUID.class), row.getString("code"), row.getString("name"),
                row.getBoolean("active"), row.getString("country_code"), row.getString("address"),
                row.getString("phone"), row.getString("email"));
    }

    void opened(AgencyOpened opened) {
        upsert(new Agency(opened.agencyId(), opened.code(), opened.name(), opened.active(), opened.countryCode(),
                opened.address(), opened.phone(), opened.email()), opened.occurredAt());
    }

    void updated(AgencyUpdated updated) {
        upsert(new Agency(updated.agencyId(), updated.code(), updated.name(), updated.active(),
                updated.countryCode(), updated.address(), updated.phone(), updated.email()), updated.occurredAt());
    }

    void closed(AgencyClosed closed) {
        int changed = jdbc.sql("""
                insert into read_agencies (id, code, name, active, changed_at) values (:id, :code, :code, false, :at)
                on conflict (id) do update set active = false, changed_at = excluded.changed_at
                where read_agencies.changed_at <= excluded.changed_at""")
                .param("id", closed.agencyId())
                .param("code", closed.code())
                .param("at", Timestamp.from(closed.occurredAt()))
                .update();
        announce(closed.agencyId(), changed);
    }

    private void upsert(Agency agency, Instant changedAt) {
        int changed = jdbc.sql("""
                insert into read_agencies (id, code, name, active, country_code, address, phone, email, changed_at)
                values (:id, :code, :name, :active, :country, :address, :phone, :email, :at)
                on conflict (id) do update set code = excluded.code, name = excluded.name, active = excluded.active,
                                               country_code = coalesce(excluded.country_code,
                                                                       read_agencies.country_code),
                                               address = excluded.address, phone = excluded.phone,
                                               email = excluded.email, changed_at = excluded.changed_at
                where read_agencies.changed_at <= excluded.changed_at""")
                .param("id", agency.id())
                .param("code", agency.code())
                .param("name", agency.name())
                .param("active", agency.active())
                .param("country", agency.countryCode())
                .param("address", agency.address())
                .param("phone", agency.phone())
                .param("email", agency.email())
                .param("at", Timestamp.from(changedAt))
                .update();
        announce(agency.id(), changed);
    }

    private void announce(UUID agency, int changedRows) {
        if (changedRows > 0) {
            events.publishEvent(new AgenciesChanged(agency));
        }
    }
}
