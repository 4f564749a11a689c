package energy.mwolo.geo.calendar.persistence;

import energy.mwolo.geo.calendar.application.CountryCodes;
import energy.mwolo.geo.calendar.model.CountryCode;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCountryCodes implements CountryCodes {

    private final JdbcClient jdbc;

    JdbcCountryCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean exists(CountryCode country) {
        return jdbc.sql("select exists (select 1 from countries where code = :code)")
                .param("code", country.value())
                .query(Boolean.class)
                .single();
    }

    @Override
    public boolean lockIfExists(CountryCode country) {
        return jdbc.sql("select id from countries where code = :code for update")
                .param("code", country.value())
                .query(UUID.class)
                .optional()
                .isPresent();
    }
}
