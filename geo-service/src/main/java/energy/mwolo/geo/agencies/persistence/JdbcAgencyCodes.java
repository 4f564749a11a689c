package energy.mwolo.geo.agencies.persistence;

import energy.mwolo.geo.agencies.model.AgencyCode;
import energy.mwolo.geo.agencies.model.AgencyCodes;
import energy.mwolo.geo.geography.model.Province;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One upsert takes the number: it inserts the province's counter at 1 or increments it, and keeps the row locked
 * until the transaction ends. Concurrent openings in a province therefore queue on that row and get consecutive
 * numbers; a rolled-back opening gives its number back.
 */
@Repository
class JdbcAgencyCodes implements AgencyCodes {

    private final JdbcClient jdbc;

    JdbcAgencyCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AgencyCode next(Province province) {
        int number = jdbc.sql("""
                        insert into agency_code_counters (province_id, last_value) values (:province, 1)
                        on conflict (province_id) do update set last_value = agency_code_counters.last_value + 1
                        returning last_value""")
                .param("province", province.id().value())
                .query(Integer.class)
                .single();
        return AgencyCode.of(province.code(), number);
    }
}
