package energy.mwolo.geo.geography.persistence;

import energy.mwolo.geo.geography.model.Countries;
import energy.mwolo.geo.geography.model.Country;
import energy.mwolo.geo.geography.model.CountryId;
import energy.mwolo.geo.geography.model.PlaceCode;
import energy.mwolo.geo.geography.model.PlaceKind;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCountries implements Countries {

    private final PlaceTable table;

    JdbcCountries(JdbcClient jdbc) {
        this.table = new PlaceTable(jdbc, "countries", PlaceKind.COUNTRY);
    }

    @Override
    public Optional<Country> byId(CountryId id) {
        return table.byId(id.value(), (rs, row) -> new Country(new CountryId(rs.getObject("id", UUID.class)),
                new PlaceCode(rs.getString("code")), rs.getString("name")));
    }

    @Override
    public void add(Country country) {
        table.insert(country.id().value(), columns(country), country.code());
    }

    @Override
    public void update(Country country) {
        table.update(country.id().value(), columns(country), country.code(), country.name());
    }

    @Override
    public void remove(Country country) {
        table.delete(country.id().value(), country.name());
    }

    private static Map<String, Object> columns(Country country) {
        return Map.of("code", country.code().value(), "name", country.name());
    }
}
