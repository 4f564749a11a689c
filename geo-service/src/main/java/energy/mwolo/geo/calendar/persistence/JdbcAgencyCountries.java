package energy.mwolo.geo.calendar.persistence;

import energy.mwolo.geo.agencies.model.AgencyId;
import energy.mwolo.geo.calendar.application.AgencyCountries;
import energy.mwolo.geo.calendar.model.CountryCode;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAgencyCountries implements AgencyCountries {

    private final JdbcClient jdbc;

    JdbcAgencyCountries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CountryCode> countryOf(AgencyId agency) {
        return jdbc.sql("""
                        select c.code from agencies a
                        join provinces p on p.id = a.province_id
                        join countries c on c.id = p.country_id
                        where a.id = :agency""")
                .param("agency", agency.value())
                .query(String.class)
                .optional()
                .map(CountryCode::new);
    }
}
