package energy.mwolo.platform.readmodels.agencies;

import energy.mwolo.contracts.geo.AgencyClosed;
import energy.mwolo.contracts.geo.AgencyOpened;
import energy.mwolo.contracts.geo.AgencyUpdated;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The table {@code read_agencies}. Each row remembers the {@code occurred_at} of the last event applied to it
 * ({@code changed_at}); an older event arriving late changes nothing, so a late delivery cannot reopen a closed
 * agency. A closing heard of before the opening still records the agency, closed, under its code. A newer event
 * without a country (as geo published before events carried it) keeps the country already known: an agency never
 * changes province, hence country.
 */
final class JdbcAgencies implements Agencies {

    private final JdbcClient jdbc;

    JdbcAgencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return jdbc.sql("select id, code, name, active, country_code from read_agencies where id = ?")
                .param(agencyId)
                .query((row, number) -> new Agency(row.getObject("id", UUID.class), row.getString("code"),
                        row.getString("name"), row.getBoolean("active"), row.getString("country_code")))
                .optional();
    }

    void opened(AgencyOpened opened) {
        upsert(opened.agencyId(), opened.code(), opened.name(), opened.active(), opened.countryCode(),
                opened.occurredAt());
    }

    void updated(AgencyUpdated updated) {
        upsert(updated.agencyId(), updated.code(), updated.name(), updated.active(), updated.countryCode(),
                updated.occurredAt());
    }

    void closed(AgencyClosed closed) {
        jdbc.sql("""
                insert into read_agencies (id, code, name, active, changed_at) values (:id, :code, :code, false, :at)
                on conflict (id) do update set active = false, changed_at = excluded.changed_at
                where read_agencies.changed_at <= excluded.changed_at""")
                .param("id", closed.agencyId())
                .param("code", closed.code())
                .param("at", Timestamp.from(closed.occurredAt()))
                .update();
    }

    private void upsert(UUID id, String code, String name, boolean active, String countryCode, Instant changedAt) {
        jdbc.sql("""
                insert into read_agencies (id, code, name, active, country_code, changed_at)
                values (:id, :code, :name, :active, :country, :at)
                on conflict (id) do update set code = excluded.code, name = excluded.name, active = excluded.active,
                                               country_code = coalesce(excluded.country_code,
                                                                       read_agencies.country_code),
                                               changed_at = excluded.changed_at
                where read_agencies.changed_at <= excluded.changed_at""")
                .param("id", id)
                .param("code", code)
                .param("name", name)
                .param("active", active)
                .param("country", countryCode)
                .param("at", Timestamp.from(changedAt))
                .update();
    }
}
