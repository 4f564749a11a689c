package energy.mwolo.crm.agencies;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The local copy of geo-service's agencies (table {@code agencies}). An event older than the last one applied to an
 * agency changes nothing, so a late redelivery cannot reopen a closed agency.
 */
@Repository
class AgencyReadModel implements Agencies {

    private final JdbcClient jdbc;

    AgencyReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isOpen(UUID agencyId) {
        return jdbc.sql("select active from agencies where id = ?").param(agencyId).query(Boolean.class).optional()
                .orElse(false);
    }

    @Override
    public boolean exists(UUID agencyId) {
        return jdbc.sql("select count(*) from agencies where id = ?").param(agencyId).query(Long.class).single() > 0;
    }

    void upsert(UUID id, String code, String name, boolean active, Instant changedAt) {
        jdbc.sql("""
                insert into agencies (id, code, name, active, changed_at) values (:id, :code, :name, :active, :at)
                on conflict (id) do update set code = excluded.code, name = excluded.name, active = excluded.active,
                                               changed_at = excluded.changed_at
                where agencies.changed_at <= excluded.changed_at""")
                .param("id", id)
                .param("code", code)
                .param("name", name)
                .param("active", active)
                .param("at", Timestamp.from(changedAt))
                .update();
    }

    void close(UUID id, String code, Instant changedAt) {
        jdbc.sql("""
                insert into agencies (id, code, name, active, changed_at) values (:id, :code, :code, false, :at)
                on conflict (id) do update set active = false, changed_at = excluded.changed_at
                where agencies.changed_at <= excluded.changed_at""")
                .param("id", id)
                .param("code", code)
                .param("at", Timestamp.from(changedAt))
                .update();
    }
}
